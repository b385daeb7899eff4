# BREAKOUT for the Adafruit PyBadge: bricks, paddle and ball are vectorio shapes; the ball's
# trail, the walls and the brick debris are drawn with bitmaptools into a bitmap behind them.
# LEFT/RIGHT move the paddle, A launches the ball (straight up if the paddle stands still),
# START starts and pauses.
import math
import time
import board
import bitmaptools
import displayio
import keypad
import vectorio

import hiscore
from sfx import Sfx
from text import Text, centered

K_B, K_A, K_START, K_SELECT, K_RIGHT, K_DOWN, K_UP, K_LEFT = range(8)
STEP = 1 / 60                  # physics runs in fixed steps, paced by time.monotonic()
NVM_OFFSET = 16

TOP = 12                       # playfield below the score line
COLS, ROWS = 8, 5
BRICK_W, BRICK_H = 17, 6
BRICK_X0, BRICK_Y0 = 5, 26
PITCH_X, PITCH_Y = 19, 8
PADDLE_W, PADDLE_Y = 26, 116
BALL_R = 2

# Levels: one string per row, "1" a normal brick, "2" a brick that takes two hits.
LEVELS = (
    ("11111111", "11111111", "11111111", "11111111", "11111111"),
    ("22222222", "1.1111.1", "11111111", "1.1111.1", "11111111"),
    ("2......2", "12....21", "112..211", "11122111", "11111111"),
    ("22222222", "21111112", "21.22.12", "21111112", "22222222"),
)
ROW_POINTS = (50, 40, 30, 20, 10)

display = board.DISPLAY
keys = keypad.ShiftRegisterKeys(clock=board.BUTTON_CLOCK, data=board.BUTTON_OUT,
                                latch=board.BUTTON_LATCH, key_count=8, value_when_pressed=True)
sfx = Sfx()
sfx.add("paddle", ((440, 25),))
sfx.add("wall", ((220, 15),), volume=25)
sfx.add("brick", ((880, 20), (1175, 30)))
sfx.add("hard", ((660, 30),))
sfx.add("lose", ((392, 80), (311, 80), (233, 160)), volume=50)
sfx.add("level", ((523, 60), (659, 60), (784, 60), (1047, 120)))
sfx.add("start", ((659, 50), (988, 80)))

root = displayio.Group()

# --- effects bitmap: walls, trail and debris (bitmaptools), behind every shape
fx = displayio.Bitmap(160, 128 - TOP, 16)
fx_palette = displayio.Palette(16)
FX_COLORS = (0x000000, 0x102040, 0x204880, 0x3070C0, 0x60A0F0, 0xB0D8FF,  # 0-5 trail
             0x505868,                                                  # 6 walls
             0, 0,
             0xFF4040, 0xFF9830, 0xF0E040, 0x40D050, 0x40A0FF,          # 9-13 debris by row
             0xC0C0D0)                                                  # 14 hard brick debris
for i, c in enumerate(FX_COLORS):
    fx_palette[i] = c
root.append(displayio.TileGrid(fx, pixel_shader=fx_palette, y=TOP))
WALL = 6
TRAIL = (5, 4, 3, 2, 1)

# --- shapes
shape_palette = displayio.Palette(10)
SHAPE_COLORS = (0xFF4040, 0xFF9830, 0xF0E040, 0x40D050, 0x40A0FF,   # 0-4 brick rows
                0xC0C0D0, 0x808090,                                # 5 hard brick, 6 cracked
                0xFFFFFF,                                          # 7 ball
                0xE0E0F0, 0x5070C0)                                # 8 paddle, 9 paddle edge
for i, c in enumerate(SHAPE_COLORS):
    shape_palette[i] = c
HARD, CRACKED, BALL_COLOR = 5, 6, 7

bricks = displayio.Group(y=TOP)
brick_shapes = []
for r in range(ROWS):
    for c in range(COLS):
        b = vectorio.Rectangle(pixel_shader=shape_palette, width=BRICK_W, height=BRICK_H,
                               x=BRICK_X0 + c * PITCH_X, y=BRICK_Y0 - TOP + r * PITCH_Y, color_index=r)
        brick_shapes.append(b)
        bricks.append(b)
root.append(bricks)

play_layer = displayio.Group()
paddle_edge = vectorio.Rectangle(pixel_shader=shape_palette, width=PADDLE_W, height=5,
                                 x=0, y=PADDLE_Y, color_index=9)
paddle = vectorio.Rectangle(pixel_shader=shape_palette, width=PADDLE_W - 2, height=3,
                            x=1, y=PADDLE_Y, color_index=8)
ball = vectorio.Circle(pixel_shader=shape_palette, radius=BALL_R, x=80, y=110, color_index=BALL_COLOR)
play_layer.append(paddle_edge)
play_layer.append(paddle)
play_layer.append(ball)
root.append(play_layer)

# --- score line: score, level, balls left as little circles
hud = displayio.Group()
score_text = Text(10, x=1, y=0)
level_text = Text(6, x=70, y=0, color=0x8FA8FF)
hud.append(score_text.group)
hud.append(level_text.group)
life_shapes = []
for i in range(5):
    s = vectorio.Circle(pixel_shader=shape_palette, radius=2, x=154 - 7 * i, y=6, color_index=BALL_COLOR)
    life_shapes.append(s)
    hud.append(s)
root.append(hud)

# --- title and messages
title = displayio.Group()
title.append(Text(8, x=centered("BREAKOUT", 2), y=70, scale=2, color=0xFFFFFF, text="BREAKOUT").group)
title_start = Text(11, x=centered("press START"), y=96, text="press START")
title.append(title_start.group)
title_hi = Text(20, y=112, color=0xF0E040)
title.append(title_hi.group)
root.append(title)

message = displayio.Group()
msg_palette = displayio.Palette(2)
msg_palette[0] = 0x000000
msg_palette[1] = 0x40A0FF
message.append(vectorio.Rectangle(pixel_shader=msg_palette, width=132, height=58, x=14, y=58, color_index=1))
message.append(vectorio.Rectangle(pixel_shader=msg_palette, width=128, height=54, x=16, y=60))
msg_lines = (Text(10, y=62, scale=2, color=0xFF6050), Text(22, y=86), Text(22, y=100, color=0xF0E040))
for line in msg_lines:
    message.append(line.group)
root.append(message)

display.root_group = root


def show_message(big, line1="", line2=""):
    for label, s, scale in zip(msg_lines, (big, line1, line2), (2, 1, 1)):
        label.text = s
        label.group.x = centered(s, scale)
    message.hidden = False


class Game:
    def __init__(self):
        self.best = hiscore.load(NVM_OFFSET)
        self.held = set()
        self.trail = []
        self.debris = []
        bitmaptools.draw_line(fx, 0, 0, 0, fx.height - 1, WALL)
        bitmaptools.draw_line(fx, 159, 0, 159, fx.height - 1, WALL)
        bitmaptools.draw_line(fx, 0, 0, 159, 0, WALL)
        self.show_title()

    def show_title(self):
        self.state = "title"
        self.level = 0
        self.build_level()
        self.clear_fx()
        title.hidden = False
        play_layer.hidden = True
        hud.hidden = True
        message.hidden = True
        s = "HIGH SCORE %d" % self.best
        title_hi.text = s
        title_hi.group.x = centered(s)

    def build_level(self):
        rows = LEVELS[self.level % len(LEVELS)]
        self.hits = bytearray(COLS * ROWS)
        self.left = 0
        for r in range(ROWS):
            for c in range(COLS):
                i = r * COLS + c
                kind = rows[r][c]
                shape = brick_shapes[i]
                if kind == ".":
                    shape.hidden = True
                    continue
                self.hits[i] = 2 if kind == "2" else 1
                shape.color_index = HARD if kind == "2" else r
                shape.hidden = False
                self.left += 1

    def new_game(self, now):
        self.score = 0
        self.lives = 3
        self.level = 0
        self.speed = 90.0
        self.build_level()
        self.clear_fx()
        title.hidden = True
        message.hidden = True
        play_layer.hidden = False
        hud.hidden = False
        self.paddle_x = (160 - PADDLE_W) / 2
        self.update_hud()
        self.serve()
        sfx.play("start")

    def serve(self):
        self.state = "serve"
        self.bx = self.paddle_x + PADDLE_W / 2
        self.by = PADDLE_Y - BALL_R - 1
        self.vx = self.vy = 0.0
        self.clear_trail()
        self.place()

    def update_hud(self):
        score_text.text = "%d" % self.score
        level_text.text = "LV %d" % (self.level + 1)
        for i, s in enumerate(life_shapes):
            s.hidden = i >= self.lives - 1      # spare balls; the one in play is not shown

    def place(self):
        x = int(self.paddle_x)
        paddle_edge.x = x
        paddle.x = x + 1
        ball.x = int(self.bx)
        ball.y = int(self.by)

    # --- bitmaptools effects
    def clear_fx(self):
        bitmaptools.fill_region(fx, 1, 1, fx.width - 1, fx.height, 0)
        self.trail = []
        self.debris = []

    def clear_trail(self):
        t = self.trail
        for i in range(len(t) - 1):
            bitmaptools.draw_line(fx, t[i][0], t[i][1] - TOP, t[i + 1][0], t[i + 1][1] - TOP, 0)
        self.trail = []

    def draw_trail(self):
        t = self.trail
        pos = (int(self.bx), int(self.by))
        if t and t[-1] == pos:
            return
        for i in range(len(t) - 1):
            bitmaptools.draw_line(fx, t[i][0], t[i][1] - TOP, t[i + 1][0], t[i + 1][1] - TOP, 0)
        t.append(pos)
        if len(t) > len(TRAIL) + 1:
            t.pop(0)
        n = len(t)
        for i in range(n - 1):
            bitmaptools.draw_line(fx, t[i][0], t[i][1] - TOP, t[i + 1][0], t[i + 1][1] - TOP,
                                  TRAIL[n - 2 - i])

    def burst(self, i, color):
        x = BRICK_X0 + (i % COLS) * PITCH_X
        y = BRICK_Y0 - TOP + (i // COLS) * PITCH_Y
        for k in range(6):
            # debris flies apart from the brick's centre, then falls
            vx = (k - 2.5) * 14
            vy = -20 - (k % 3) * 12
            self.debris.append([x + 2 + k * 2.6, y + 2, vx, vy, 0.6, color])

    def draw_debris(self, dt):
        keep = []
        for d in self.debris:
            x, y = int(d[0]), int(d[1])
            if 1 <= x < 157 and 1 <= y < fx.height - 2:
                bitmaptools.fill_region(fx, x, y, x + 2, y + 2, 0)
            d[4] -= dt
            if d[4] <= 0:
                continue
            d[0] += d[2] * dt
            d[1] += d[3] * dt
            d[3] += 240 * dt
            x, y = int(d[0]), int(d[1])
            if 1 <= x < 157 and 1 <= y < fx.height - 2:
                bitmaptools.fill_region(fx, x, y, x + 2, y + 2, d[5])
                keep.append(d)
        self.debris = keep

    # --- physics
    def brick_at(self, x, y):
        y -= BRICK_Y0
        x -= BRICK_X0
        if y < 0 or x < 0 or y % PITCH_Y >= BRICK_H or x % PITCH_X >= BRICK_W:
            return -1
        r, c = y // PITCH_Y, x // PITCH_X
        if r >= ROWS or c >= COLS:
            return -1
        i = r * COLS + c
        return i if self.hits[i] else -1

    def hit_brick(self, i):
        self.hits[i] -= 1
        shape = brick_shapes[i]
        if self.hits[i]:
            shape.color_index = CRACKED
            sfx.play("hard")
            return
        shape.hidden = True
        self.left -= 1
        row = i // COLS
        self.score += ROW_POINTS[row]
        self.speed = min(150.0, self.speed + 1.5)
        self.burst(i, 9 + row)
        sfx.play("brick")
        self.update_hud()

    def move_ball(self):
        steps = int(max(abs(self.vx), abs(self.vy)) * STEP) + 1
        dx = self.vx * STEP / steps
        dy = self.vy * STEP / steps
        for _ in range(steps):
            if dx:
                self.bx += dx
                edge = int(self.bx + (BALL_R if dx > 0 else -BALL_R))
                if self.bx - BALL_R < 1 or self.bx + BALL_R > 158:
                    self.vx = -self.vx
                    dx = -dx
                    self.bx += 2 * dx
                    sfx.play("wall")
                else:
                    y = int(self.by)
                    i = self.brick_at(edge, y - 1)
                    if i < 0:
                        i = self.brick_at(edge, y + 1)
                    if i >= 0:
                        self.vx = -self.vx
                        dx = -dx
                        self.bx += 2 * dx
                        self.hit_brick(i)
            self.by += dy
            edge = int(self.by + (BALL_R if dy > 0 else -BALL_R))
            if self.by - BALL_R < TOP + 1:
                self.vy = -self.vy
                dy = -dy
                self.by += 2 * dy
                sfx.play("wall")
            else:
                x = int(self.bx)
                i = self.brick_at(x - 1, edge)
                if i < 0:
                    i = self.brick_at(x + 1, edge)
                if i >= 0:
                    self.vy = -self.vy
                    dy = -dy
                    self.by += 2 * dy
                    self.hit_brick(i)
            if dy > 0 and PADDLE_Y <= self.by + BALL_R <= PADDLE_Y + 3:
                px = self.paddle_x
                if px - BALL_R <= self.bx <= px + PADDLE_W + BALL_R:
                    # the further from the centre, the flatter the bounce
                    offset = (self.bx - (px + PADDLE_W / 2)) / (PADDLE_W / 2)
                    offset = max(-1.0, min(1.0, offset))
                    self.vx = self.speed * 0.8 * offset
                    self.vy = -math.sqrt(self.speed * self.speed - self.vx * self.vx)
                    self.by = PADDLE_Y - BALL_R - 1
                    sfx.play("paddle")
                    return

    def physics(self, now):
        move = 0
        if K_LEFT in self.held:
            move -= 1
        if K_RIGHT in self.held:
            move += 1
        self.paddle_x = max(1.0, min(159.0 - PADDLE_W, self.paddle_x + move * 120 * STEP))
        self.moving = move
        if self.state == "serve":
            self.bx = self.paddle_x + PADDLE_W / 2
        elif self.state == "play":
            self.move_ball()
            if self.left == 0:
                self.level += 1
                self.speed += 10
                self.build_level()
                self.update_hud()
                sfx.play("level")
                self.serve()
            elif self.by > 128 + BALL_R:
                self.lives -= 1
                sfx.play("lose")
                self.clear_trail()
                if self.lives == 0:
                    self.game_over(now)
                else:
                    self.state = "lost"
                    self.lost_at = now
                    self.update_hud()
        elif self.state == "lost" and now - self.lost_at > 1.0:
            self.serve()
            self.update_hud()

    def launch(self):
        self.state = "play"
        self.vx = self.speed * 0.5 * self.moving
        self.vy = -math.sqrt(self.speed * self.speed - self.vx * self.vx)
        self.update_hud()

    def game_over(self, now):
        self.state = "over"
        self.over_at = now
        play_layer.hidden = True
        record = self.score > self.best
        if record:
            self.best = self.score
            hiscore.save(NVM_OFFSET, self.best)
        show_message("GAME OVER", "SCORE %d" % self.score,
                     "NEW HIGH SCORE!" if record else "HIGH SCORE %d" % self.best)

    # --- input
    def key(self, k, pressed, now):
        if not pressed:
            self.held.discard(k)
            return
        self.held.add(k)
        if self.state == "title" and k == K_START:
            self.new_game(now)
        elif self.state == "serve" and k == K_A:
            self.launch()
        elif self.state in ("play", "serve", "lost") and k == K_START:
            self.paused_state = self.state
            self.state = "paused"
            show_message("PAUSED", "START: resume")
        elif self.state == "paused" and k == K_START:
            self.state = self.paused_state
            message.hidden = True
        elif self.state == "over" and now - self.over_at > 1.5:
            if k == K_START:
                self.new_game(now)
            elif k == K_SELECT:
                self.show_title()

    def frame(self, now, steps):
        if self.state == "title":
            title_start.group.hidden = int(now * 2) & 1 == 1
            return
        if self.state in ("over", "paused"):
            return
        for _ in range(steps):
            self.physics(now)
        self.place()
        if self.state == "play":
            self.draw_trail()
        self.draw_debris(STEP * steps)


game = Game()
display.auto_refresh = False
sim_time = time.monotonic()
next_frame = sim_time
while True:
    now = time.monotonic()
    event = keys.events.get()
    while event:
        game.key(event.key_number, event.pressed, now)
        event = keys.events.get()
    steps = 0
    while sim_time + STEP <= now and steps < 4:
        sim_time += STEP
        steps += 1
    if sim_time + STEP <= now:
        sim_time = now          # too far behind: drop the backlog rather than stutter
    game.frame(now, steps)
    display.refresh()
    next_frame += STEP
    delay = next_frame - time.monotonic()
    if delay > 0:
        time.sleep(delay)
    else:
        next_frame = time.monotonic()
