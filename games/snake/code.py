# SNAKE for the Adafruit PyBadge: eat apples, grow, don't bite yourself.
# D-pad steers, START starts and pauses, SELECT on the title screen picks walls or wrap-around.
import time
import random
import board
import displayio
import keypad
import vectorio

import bmp
import hiscore
from sfx import Sfx
from text import Text, centered

# PyBadge shift-register key numbers
K_B, K_A, K_START, K_SELECT, K_RIGHT, K_DOWN, K_UP, K_LEFT = range(8)
KEY_DIR = {K_UP: 0, K_RIGHT: 1, K_DOWN: 2, K_LEFT: 3}
DX = (0, 1, 0, -1)
DY = (-1, 0, 1, 0)

# tiles.bmp, 8x8 tiles, numbered row-major (see scripts/make-game-assets.py)
GRASS = 0          # and 1: a checkerboard
WALL = 2
APPLE = 3
GOLD = 4
HEAD = (5, 6, 7, 8)            # moving up, right, down, left
BODY_H, BODY_V = 9, 10
CORNER = {3: 11, 6: 12, 12: 13, 9: 14}   # keyed by (1 << dir) | (1 << dir)
TAIL = (15, 16, 17, 18)        # the body continues up, right, down, left
CLEAR = 19
SNAKE_COLORS = (5, 6, 7)       # palette entries of the snake, swapped when it dies

COLS, ROWS = 20, 14
TOP = 16                       # the playfield starts below the score bar
FRAME = 1 / 60
NVM_OFFSET = 0                 # each game on the badge keeps its record at its own offset

display = board.DISPLAY
keys = keypad.ShiftRegisterKeys(clock=board.BUTTON_CLOCK, data=board.BUTTON_OUT,
                                latch=board.BUTTON_LATCH, key_count=8, value_when_pressed=True)
sfx = Sfx()
sfx.add("eat", ((880, 30), (1320, 40)))
sfx.add("gold", ((988, 40), (1319, 40), (1760, 60)))
sfx.add("die", ((330, 90), (247, 90), (165, 200)), volume=50)
sfx.add("start", ((523, 60), (659, 60), (784, 90)))
sfx.add("turn", ((1500, 8),), volume=15)

sheet, palette = bmp.load("tiles.bmp")
palette.make_transparent(0)
snake_normal = [palette[i] for i in SNAKE_COLORS]
snake_dead = (0x505050, 0xA0A0A0, 0xE0E0E0)

root = displayio.Group()

# --- playfield: a static background layer and the snake/food layer above it
field = displayio.Group(y=TOP)
bg = displayio.TileGrid(sheet, pixel_shader=palette, width=COLS, height=ROWS,
                        tile_width=8, tile_height=8)
fg = displayio.TileGrid(sheet, pixel_shader=palette, width=COLS, height=ROWS,
                        tile_width=8, tile_height=8, default_tile=CLEAR)
field.append(bg)
field.append(fg)
root.append(field)

# --- score bar
hud = displayio.Group()
score_text = Text(12, x=2, y=2, color=0xFFFFFF)
hi_text = Text(12, x=86, y=2, color=0xFFD23A)
hud.append(score_text.group)
hud.append(hi_text.group)
root.append(hud)

# --- title screen
title = displayio.Group()
title.append(Text(5, x=centered("SNAKE", 3), y=8, scale=3, color=0x4CC83A, text="SNAKE").group)
demo = displayio.TileGrid(sheet, pixel_shader=palette, width=9, height=1,
                          tile_width=8, tile_height=8, default_tile=BODY_H)
demo[0] = TAIL[1]
demo[6] = HEAD[1]
demo[7] = CLEAR
demo[8] = APPLE
demo_group = displayio.Group(scale=2, x=8, y=50)
demo_group.append(demo)
title.append(demo_group)
press_start = Text(11, x=centered("press START"), y=78, color=0xFFFFFF, text="press START")
title.append(press_start.group)
title_hi = Text(20, y=96, color=0xFFD23A)
title.append(title_hi.group)
mode_text = Text(20, y=112, color=0x8FA8FF)
title.append(mode_text.group)
root.append(title)

# --- game over / pause panel
panel = displayio.Group()
panel_palette = displayio.Palette(2)
panel_palette[0] = 0x000000
panel_palette[1] = 0x4CC83A
panel.append(vectorio.Rectangle(pixel_shader=panel_palette, width=140, height=84, x=10, y=24, color_index=1))
panel.append(vectorio.Rectangle(pixel_shader=panel_palette, width=136, height=80, x=12, y=26))
panel_lines = (
    Text(9, x=centered("GAME OVER", 2), y=30, scale=2, color=0xFF5040),
    Text(22, y=58, color=0xFFFFFF),
    Text(22, y=72, color=0xFFD23A),
    Text(22, y=90, color=0xC0C0C0),
)
for line in panel_lines:
    panel.append(line.group)
root.append(panel)

display.root_group = root


def set_centered(label, s):
    label.text = s
    label.group.x = centered(s)


class Game:
    def __init__(self):
        self.best = hiscore.load(NVM_OFFSET)
        self.wrap = False
        self.state = "title"
        self.show_title()

    # ----- screens
    def show_title(self):
        self.state = "title"
        self.snake_colors(snake_normal)
        title.hidden = False
        hud.hidden = True
        field.hidden = True
        panel.hidden = True
        set_centered(title_hi, "HIGH SCORE %d" % self.best)
        self.show_mode()

    def show_mode(self):
        set_centered(mode_text, "SELECT: " + ("WRAP" if self.wrap else "WALLS"))

    def new_game(self, now):
        self.state = "play"
        title.hidden = True
        panel.hidden = True
        hud.hidden = False
        field.hidden = False
        self.snake_colors(snake_normal)
        self.occupied = bytearray(COLS * ROWS)
        for y in range(ROWS):
            for x in range(COLS):
                border = x == 0 or y == 0 or x == COLS - 1 or y == ROWS - 1
                bg[x, y] = WALL if border and not self.wrap else GRASS + ((x + y) & 1)
                fg[x, y] = CLEAR
        self.body = [(3, 7), (4, 7), (5, 7)]   # tail first, head last
        self.links = [1, 1]                    # direction from each segment to the next
        self.dir = 1
        self.queue = []
        for i, (x, y) in enumerate(self.body):
            self.occupied[y * COLS + x] = 1
            self.draw_segment(i)
        self.score = 0
        self.apples = 0
        self.interval = 0.16
        self.next_step = now + 0.5
        self.gold = None
        # the first apple always waits straight ahead, the rest land at random
        self.food = (11, 7)
        fg[self.food] = APPLE
        self.update_hud()
        sfx.play("start")

    def update_hud(self):
        score_text.text = "SCORE %d" % self.score
        hi_text.text = "{:>12}".format("HI %d" % max(self.best, self.score))

    def game_over(self, now):
        self.state = "dying"
        self.died_at = now
        self.new_record = self.score > self.best
        if self.new_record:
            self.best = self.score
            hiscore.save(NVM_OFFSET, self.best)
        sfx.play("die")

    def show_panel(self):
        self.state = "over"
        panel.hidden = False
        panel_lines[0].text = "GAME OVER"
        panel_lines[0].group.x = centered("GAME OVER", 2)
        set_centered(panel_lines[1], "SCORE %d  LENGTH %d" % (self.score, len(self.body)))
        set_centered(panel_lines[2], "NEW HIGH SCORE!" if self.new_record else "HIGH SCORE %d" % self.best)
        set_centered(panel_lines[3], "START: play again")

    def pause(self, paused):
        self.state = "paused" if paused else "play"
        panel.hidden = not paused
        if paused:
            panel_lines[0].text = "PAUSED"
            panel_lines[0].group.x = centered("PAUSED", 2)
            set_centered(panel_lines[1], "SCORE %d" % self.score)
            set_centered(panel_lines[2], "")
            set_centered(panel_lines[3], "START: resume")

    # ----- drawing
    def snake_colors(self, colors):
        # palette trick: the whole snake changes colour without touching a tile
        for i in range(3):
            palette[SNAKE_COLORS[i]] = colors[i]

    def draw_segment(self, i):
        x, y = self.body[i]
        links = self.links
        if i == len(self.body) - 1:
            tile = HEAD[links[-1]]
        elif i == 0:
            tile = TAIL[links[0]]
        else:
            back = (links[i - 1] + 2) & 3
            ahead = links[i]
            if back == (ahead + 2) & 3:
                tile = BODY_V if ahead & 1 == 0 else BODY_H
            else:
                tile = CORNER[(1 << back) | (1 << ahead)]
        fg[x, y] = tile

    # ----- play
    def free_cell(self):
        lo = 0 if self.wrap else 1
        for _ in range(200):
            x = random.randrange(lo, COLS - lo)
            y = random.randrange(lo, ROWS - lo)
            if not self.occupied[y * COLS + x] and (x, y) != self.food and (x, y) != self.gold:
                return (x, y)
        for y in range(lo, ROWS - lo):
            for x in range(lo, COLS - lo):
                if not self.occupied[y * COLS + x] and (x, y) != self.food:
                    return (x, y)
        return None

    def steer(self, d):
        last = self.queue[-1] if self.queue else self.dir
        if d != last and d != (last + 2) & 3 and len(self.queue) < 2:
            self.queue.append(d)

    def step(self, now):
        if self.queue:
            self.dir = self.queue.pop(0)
            sfx.play("turn")
        hx, hy = self.body[-1]
        nx, ny = hx + DX[self.dir], hy + DY[self.dir]
        if self.wrap:
            nx %= COLS
            ny %= ROWS
        elif nx <= 0 or ny <= 0 or nx >= COLS - 1 or ny >= ROWS - 1:
            self.game_over(now)
            return
        head = (nx, ny)
        eats = head == self.food
        golden = head == self.gold
        if self.occupied[ny * COLS + nx] and not (head == self.body[0] and not eats):
            self.game_over(now)
            return
        if not eats:
            tx, ty = self.body.pop(0)
            self.links.pop(0)
            self.occupied[ty * COLS + tx] = 0
            fg[tx, ty] = CLEAR
            self.draw_segment(0)
        self.body.append(head)
        self.links.append(self.dir)
        self.occupied[ny * COLS + nx] = 1
        self.draw_segment(len(self.body) - 2)
        self.draw_segment(len(self.body) - 1)
        if eats:
            self.apples += 1
            self.score += 10
            self.interval = max(0.06, 0.16 - 0.006 * self.apples)
            sfx.play("eat")
            self.food = self.free_cell()
            if self.food:
                fg[self.food] = APPLE
            if self.apples % 5 == 0 and self.gold is None:
                self.gold = self.free_cell()
                if self.gold:
                    fg[self.gold] = GOLD
                    self.gold_until = now + 6
            self.update_hud()
        elif golden:
            self.gold = None
            self.score += 50
            sfx.play("gold")
            self.update_hud()

    def tick_gold(self, now):
        if self.gold is None:
            return
        left = self.gold_until - now
        if left <= 0:
            fg[self.gold] = CLEAR
            self.gold = None
        elif left < 2:
            fg[self.gold] = GOLD if int(left * 8) & 1 else CLEAR

    # ----- input and time
    def key(self, k, now):
        if self.state == "title":
            if k == K_START:
                self.new_game(now)
            elif k == K_SELECT:
                self.wrap = not self.wrap
                self.show_mode()
        elif self.state == "play":
            if k in KEY_DIR:
                self.steer(KEY_DIR[k])
            elif k == K_START:
                self.pause(True)
        elif self.state == "paused":
            if k == K_START:
                self.pause(False)
                self.next_step = now + self.interval
        elif self.state == "over" and now - self.died_at > 1.5:
            if k == K_START:
                self.new_game(now)
            elif k == K_SELECT:
                self.show_title()

    def update(self, now):
        if self.state == "title":
            press_start.group.hidden = int(now * 2) & 1 == 1
        elif self.state == "play":
            self.tick_gold(now)
            if now >= self.next_step:
                self.next_step += self.interval
                if self.next_step < now:
                    self.next_step = now + self.interval
                self.step(now)
        elif self.state == "dying":
            t = now - self.died_at
            self.snake_colors(snake_dead if int(t * 10) & 1 == 0 else snake_normal)
            if t > 1.0:
                self.snake_colors(snake_dead)
                self.show_panel()


game = Game()
display.auto_refresh = False
next_frame = time.monotonic()
while True:
    now = time.monotonic()
    event = keys.events.get()
    while event:
        if event.pressed:
            game.key(event.key_number, now)
        event = keys.events.get()
    game.update(now)
    display.refresh()
    next_frame += FRAME
    delay = next_frame - time.monotonic()
    if delay > 0:
        time.sleep(delay)
    else:
        next_frame = time.monotonic()
