# COIN QUEST for the Adafruit PyBadge: a scrolling platformer. Run, jump, collect coins,
# stomp slimes, and reach the flag. LEFT/RIGHT run, A (or UP) jumps, START starts and pauses.
# The level is one TileGrid as wide as the whole course, moved under the screen; the hills
# behind it scroll at a third of the speed.
import time
import board
import displayio
import keypad
import vectorio

import bmp
import hiscore
from sfx import Sfx
from text import Text, centered

K_B, K_A, K_START, K_SELECT, K_RIGHT, K_DOWN, K_UP, K_LEFT = range(8)
STEP = 1 / 60
NVM_OFFSET = 8

# tiles.bmp (see scripts/make-game-assets.py)
EMPTY, SKY, HILL_UP, HILL_TOP, HILL_DOWN, HILL = 0, 1, 2, 3, 4, 5
CLOUD_L, CLOUD_M, CLOUD_R = 6, 7, 8
GRASS, DIRT, STONE, COIN, COIN_EDGE, SPIKES, POLE, FLAG, BUSH, BONUS, USED = range(9, 20)
SOLID = bytearray(20)
for t in (GRASS, DIRT, STONE, BONUS, USED):
    SOLID[t] = 1
# sprites.bmp frames
STAND, RUN1, RUN2, JUMP, HURT, SLIME1, SLIME2, SLIME_FLAT, SPARKLE = range(9)

LEVEL = (
    "                                                                                                                        ",
    "                                                                                                                        ",
    "                                                                                                                        ",
    "                                                                                                                        ",
    "                                                                                                                  F     ",
    "                                                                                                                  |     ",
    "                                                                                                                  |     ",
    "                                                                                           ooo                    |     ",
    "                                                                 ooo                       BBB                    |     ",
    "                                     ooooo                                                                        |     ",
    "                      ?B?            BBBBB                     B                      BBB                    B    |     ",
    "                                                              BB                                            BB    |     ",
    "                                                             BBB      o o o   o o                          BBB    |     ",
    "  @ *  o o o o o o  *                         s      ^^ *   BBBB           s      s              ^^ *   s BBBB    |     ",
    "##############################   ################################    ####################    ###########################",
    "==============================   ================================    ====================    ===========================",
)
LEGEND = {" ": EMPTY, "#": GRASS, "=": DIRT, "B": STONE, "o": COIN, "^": SPIKES, "|": POLE,
          "F": FLAG, "*": BUSH, "?": BONUS, "s": EMPTY, "@": EMPTY}
COLS, ROWS = len(LEVEL[0]), len(LEVEL)
CHECKPOINTS = (2, 33, 70)      # columns the player comes back to after losing a life
FLAG_X = LEVEL[4].index("F") * 8

GRAVITY, MAX_FALL = 800, 300
RUN_SPEED, ACCEL = 80, 500
JUMP_SPEED, JUMP_CUT = 260, 90
SLIME_SPEED = 18

display = board.DISPLAY
keys = keypad.ShiftRegisterKeys(clock=board.BUTTON_CLOCK, data=board.BUTTON_OUT,
                                latch=board.BUTTON_LATCH, key_count=8, value_when_pressed=True)
sfx = Sfx()
sfx.add("jump", ((392, 30), (523, 40)), volume=30)
sfx.add("coin", ((1319, 30), (1976, 60)))
sfx.add("stomp", ((220, 30), (440, 40)))
sfx.add("bump", ((150, 40),))
sfx.add("hurt", ((494, 80), (370, 80), (262, 80), (196, 200)), volume=50)
sfx.add("clear", ((523, 80), (659, 80), (784, 80), (1047, 80), (784, 80), (1047, 200)))

tiles, tile_palette = bmp.load("tiles.bmp")
tile_palette.make_transparent(0)
sprites = displayio.OnDiskBitmap("sprites.bmp")
sprites.pixel_shader.make_transparent(0)

root = displayio.Group()

# --- far background: sky, clouds and hills, 20 tiles repeating twice so it can wrap
hills = displayio.TileGrid(tiles, pixel_shader=tile_palette, width=40, height=ROWS,
                           tile_width=8, tile_height=8, default_tile=SKY)


def hill(left, top):
    """A hill whose two-tile-wide peak starts at column `left`, row `top`."""
    for r in range(top, ROWS - 2):       # the bottom two rows stay sky: seen through pits
        d = r - top
        for c in range(left - d, left + d + 2):
            for k in (c % 20, c % 20 + 20):
                if c == left - d:
                    hills[k, r] = HILL_UP
                elif c == left + d + 1:
                    hills[k, r] = HILL_DOWN
                else:
                    hills[k, r] = HILL_TOP if d == 0 else HILL


hill(4, 9)
hill(14, 11)
for k in (0, 20):
    for c, t in ((1, CLOUD_L), (2, CLOUD_M), (3, CLOUD_R), (10, CLOUD_L), (11, CLOUD_M),
                 (12, CLOUD_M), (13, CLOUD_R)):
        hills[c + k, 3 if c < 5 else 2] = t
root.append(hills)

# --- the course and everything that moves on it, in course coordinates
world = displayio.Group()
level_grid = displayio.TileGrid(tiles, pixel_shader=tile_palette, width=COLS, height=ROWS,
                                tile_width=8, tile_height=8)
world.append(level_grid)
slime_sprites = []
for r, row in enumerate(LEVEL):
    for c, ch in enumerate(row):
        if ch == "s":
            s = displayio.TileGrid(sprites, pixel_shader=sprites.pixel_shader,
                                   tile_width=8, tile_height=8, default_tile=SLIME1)
            slime_sprites.append((s, c * 8, r * 8))
            world.append(s)
sparkle = displayio.TileGrid(sprites, pixel_shader=sprites.pixel_shader,
                             tile_width=8, tile_height=8, default_tile=SPARKLE)
world.append(sparkle)
player = displayio.TileGrid(sprites, pixel_shader=sprites.pixel_shader,
                            tile_width=8, tile_height=8, default_tile=STAND)
world.append(player)
root.append(world)

# --- score line
hud = displayio.Group()
score_text = Text(12, x=2, y=1)
hud.append(score_text.group)
hud.append(displayio.TileGrid(tiles, pixel_shader=tile_palette, tile_width=8, tile_height=8,
                              default_tile=COIN, x=84, y=3))
coins_text = Text(4, x=93, y=1)
hud.append(coins_text.group)
hud.append(displayio.TileGrid(sprites, pixel_shader=sprites.pixel_shader, tile_width=8,
                              tile_height=8, default_tile=STAND, x=130, y=3))
lives_text = Text(3, x=139, y=1)
hud.append(lives_text.group)
root.append(hud)

# --- title and message panel
title = displayio.Group()
title.append(Text(10, x=centered("COIN QUEST", 2) + 1, y=21, scale=2, color=0x101018, text="COIN QUEST").group)
title.append(Text(10, x=centered("COIN QUEST", 2), y=20, scale=2, color=0xFFD23A, text="COIN QUEST").group)
title_start = Text(11, x=centered("press START"), y=50, text="press START")
title.append(title_start.group)
title_hi = Text(20, y=64, color=0x101018)
title.append(title_hi.group)
root.append(title)

panel = displayio.Group()
panel_palette = displayio.Palette(2)
panel_palette[0] = 0x101018
panel_palette[1] = 0xFFD23A
panel.append(vectorio.Rectangle(pixel_shader=panel_palette, width=136, height=64, x=12, y=22, color_index=1))
panel.append(vectorio.Rectangle(pixel_shader=panel_palette, width=132, height=60, x=14, y=24))
panel_lines = (Text(10, y=28, scale=2, color=0xFF6050), Text(22, y=54), Text(22, y=68, color=0xFFD23A))
for line in panel_lines:
    panel.append(line.group)
root.append(panel)

display.root_group = root


def show_panel(big, line1="", line2=""):
    for label, s, scale in zip(panel_lines, (big, line1, line2), (2, 1, 1)):
        label.text = s
        label.group.x = centered(s, scale)
    panel.hidden = False


class Slime:
    def __init__(self, sprite, x, y):
        self.sprite = sprite
        self.x = x
        self.y = y
        self.dir = -1
        self.alive = True
        self.squashed_at = None
        sprite.hidden = False
        sprite[0] = SLIME1
        sprite.x = x
        sprite.y = y


class Game:
    def __init__(self):
        self.best = hiscore.load(NVM_OFFSET)
        self.level = bytearray(COLS * ROWS)
        self.held = set()
        self.reset_course()
        self.show_title()

    # ----- course
    def reset_course(self):
        self.coins = []
        for r, row in enumerate(LEVEL):
            for c, ch in enumerate(row):
                t = LEGEND[ch]
                self.level[r * COLS + c] = t
                level_grid[c, r] = t
                if t == COIN:
                    self.coins.append((c, r))
        self.slimes = [Slime(*s) for s in slime_sprites]
        sparkle.hidden = True
        self.sparkle_until = 0
        self.coin_phase = None

    def tile(self, c, r):
        if r < 0 or r >= ROWS:
            return EMPTY
        if c < 0 or c >= COLS:
            return STONE
        return self.level[r * COLS + c]

    def set_tile(self, c, r, t):
        self.level[r * COLS + c] = t
        level_grid[c, r] = t

    def solid(self, x, y):
        return SOLID[self.tile(x >> 3, y >> 3)]

    # ----- screens
    def show_title(self):
        self.state = "title"
        self.reset_course()
        self.spawn(CHECKPOINTS[0])
        self.camera()
        title.hidden = False
        hud.hidden = True
        panel.hidden = True
        s = "HIGH SCORE %d" % self.best
        title_hi.text = s
        title_hi.group.x = centered(s)

    def new_game(self):
        self.score = 0
        self.coin_count = 0
        self.lives = 3
        self.reset_course()
        self.furthest = 0
        self.spawn(CHECKPOINTS[0])
        title.hidden = True
        panel.hidden = True
        hud.hidden = False
        self.state = "play"
        self.update_hud()

    def spawn(self, col):
        self.px = col * 8.0
        self.py = 13 * 8.0
        self.vx = self.vy = 0.0
        self.on_ground = True
        self.facing = 1
        self.anim = 0.0
        player.flip_x = False
        player[0] = STAND
        self.place_player()

    def update_hud(self):
        score_text.text = "%d" % self.score
        coins_text.text = "%d" % self.coin_count
        lives_text.text = "%d" % self.lives

    def camera(self):
        cam = int(self.px) - 72
        cam = max(0, min(COLS * 8 - 160, cam))
        world.x = -cam
        hills.x = -((cam // 3) % 160)
        return cam

    def place_player(self):
        player.x = int(self.px)
        player.y = int(self.py)

    # ----- the player
    def physics(self, now):
        move = (K_RIGHT in self.held) - (K_LEFT in self.held)
        target = move * RUN_SPEED
        if self.vx < target:
            self.vx = min(target, self.vx + ACCEL * STEP)
        elif self.vx > target:
            self.vx = max(target, self.vx - ACCEL * STEP)
        if move:
            self.facing = move
        self.vy = min(MAX_FALL, self.vy + GRAVITY * STEP)

        # horizontal, then vertical, each against the solid tiles under the hitbox
        self.px += self.vx * STEP
        top, bottom = int(self.py) + 1, int(self.py) + 7
        if self.vx > 0:
            edge = int(self.px) + 6
            if self.solid(edge, top) or self.solid(edge, bottom):
                self.px = (edge >> 3) * 8 - 7.0
                self.vx = 0.0
        elif self.vx < 0:
            edge = int(self.px) + 1
            if self.solid(edge, top) or self.solid(edge, bottom):
                self.px = (edge >> 3) * 8 + 7.0
                self.vx = 0.0
        self.px = max(-1.0, self.px)

        self.py += self.vy * STEP
        left, right = int(self.px) + 1, int(self.px) + 6
        self.on_ground = False
        if self.vy >= 0:
            # standing on (or sinking into) a solid tile: rest exactly on top of it
            edge = int(self.py) + 8
            if self.solid(left, edge) or self.solid(right, edge):
                self.py = ((edge - 1) >> 3) * 8.0
                self.vy = 0.0
                self.on_ground = True
        else:
            edge = int(self.py) + 1
            hit_l, hit_r = self.solid(left, edge), self.solid(right, edge)
            if hit_l or hit_r:
                self.py = (edge >> 3) * 8 + 7.0
                self.vy = 0.0
                self.bump((left if hit_l else right) >> 3, edge >> 3)

        self.touch_tiles(now)
        if self.py > ROWS * 8:
            self.hurt(now)
        elif self.px >= FLAG_X - 4:
            self.course_clear()
        self.furthest = max(self.furthest, int(self.px) >> 3)

    def bump(self, c, r):
        if self.tile(c, r) == BONUS:
            self.set_tile(c, r, USED)
            self.add_coin(c, r - 1)
        else:
            sfx.play("bump")

    def add_coin(self, c, r):
        self.coin_count += 1
        self.score += 10
        sparkle.x = c * 8
        sparkle.y = r * 8
        sparkle.hidden = False
        self.sparkle_until = self.time + 0.25
        sfx.play("coin")
        self.update_hud()

    def touch_tiles(self, now):
        x0, y0 = int(self.px) + 1, int(self.py) + 1
        for x in (x0, x0 + 5):
            for y in (y0, y0 + 6):
                c, r = x >> 3, y >> 3
                t = self.tile(c, r)
                if t == COIN or t == COIN_EDGE:
                    self.set_tile(c, r, EMPTY)
                    self.coins.remove((c, r))
                    self.add_coin(c, r)
                elif t == SPIKES and (y & 7) >= 3:
                    self.hurt(now)
                    return

    def hurt(self, now):
        self.state = "dying"
        self.died_at = now
        self.vy = -200.0
        player[0] = HURT
        sfx.play("hurt")

    def course_clear(self):
        self.state = "clear"
        self.ended_at = self.time
        bonus = 500 + 200 * self.lives
        self.score += bonus
        self.update_hud()
        player[0] = STAND
        sfx.play("clear")
        record = self.record()
        show_panel("GOAL!", "SCORE %d (+%d)" % (self.score, bonus),
                   "NEW HIGH SCORE!" if record else "HIGH SCORE %d" % self.best)

    def record(self):
        if self.score > self.best:
            self.best = self.score
            hiscore.save(NVM_OFFSET, self.best)
            return True
        return False

    def animate_player(self):
        player.flip_x = self.facing < 0
        if not self.on_ground:
            player[0] = JUMP
        elif abs(self.vx) > 5:
            self.anim += abs(self.vx) * STEP
            player[0] = RUN1 if int(self.anim / 6) & 1 else RUN2
        else:
            player[0] = STAND

    # ----- slimes
    def move_slimes(self, now, cam):
        for s in self.slimes:
            if not s.alive:
                if s.squashed_at is not None and now - s.squashed_at > 0.5:
                    s.sprite.hidden = True
                    s.squashed_at = None
                continue
            if s.x < cam - 16 or s.x > cam + 176:
                continue                    # asleep while off screen
            nx = s.x + s.dir * SLIME_SPEED * STEP
            ahead = int(nx) + (7 if s.dir > 0 else 0)
            row = int(s.y) >> 3
            if SOLID[self.tile(ahead >> 3, row)] or not SOLID[self.tile(ahead >> 3, row + 1)] \
                    or self.tile(ahead >> 3, row) == SPIKES:
                s.dir = -s.dir
            else:
                s.x = nx
            s.sprite.x = int(s.x)
            s.sprite[0] = SLIME1 if int(now * 4) & 1 else SLIME2
            # touching the player: a stomp from above, or a hit
            if abs(s.x - self.px) < 6 and abs(s.y - self.py) < 7:
                if self.vy > 0 and self.py < s.y - 2:
                    s.alive = False
                    s.squashed_at = now
                    s.sprite[0] = SLIME_FLAT
                    self.vy = -160.0
                    self.score += 100
                    self.update_hud()
                    sfx.play("stomp")
                else:
                    self.hurt(now)
                    return

    def spin_coins(self, now, cam):
        t = COIN if int(now * 5) & 1 else COIN_EDGE
        c0 = cam >> 3
        if (t, c0) == self.coin_phase:
            return                      # nothing new came into view and no coin turned
        self.coin_phase = (t, c0)
        c1 = c0 + 21
        for c, r in self.coins:
            if c0 <= c <= c1:
                self.set_tile(c, r, t)

    # ----- input and time
    def key(self, k, pressed, now):
        if not pressed:
            self.held.discard(k)
            if k in (K_A, K_UP) and self.state == "play" and self.vy < -JUMP_CUT:
                self.vy = -JUMP_CUT          # short hop when the button is let go early
            return
        self.held.add(k)
        if self.state == "title":
            if k == K_START:
                self.new_game()
        elif self.state == "play":
            if k in (K_A, K_UP) and self.on_ground:
                self.vy = -JUMP_SPEED
                self.on_ground = False
                sfx.play("jump")
            elif k == K_START:
                self.state = "paused"
                show_panel("PAUSED", "START: resume")
        elif self.state == "paused":
            if k == K_START:
                self.state = "play"
                panel.hidden = True
        elif self.state in ("over", "clear") and now - self.ended_at > 1.5:
            if k == K_START:
                self.new_game()
            elif k == K_SELECT:
                self.show_title()

    def frame(self, now, steps):
        self.time = now
        if self.state == "title":
            title_start.group.hidden = int(now * 2) & 1 == 1
            self.spin_coins(now, 0)
            return
        if self.state in ("paused", "over"):
            return
        if self.state == "clear":
            return
        for _ in range(steps):
            if self.state == "play":
                self.physics(now)
                if self.state == "play":
                    self.move_slimes(now, self.camera())
            elif self.state == "dying":
                self.vy = min(MAX_FALL, self.vy + GRAVITY * STEP)
                self.py += self.vy * STEP
                if self.py > ROWS * 8 + 40:
                    self.lose_life(now)
                    break
        if self.state == "play":
            self.animate_player()
        self.place_player()
        self.camera()
        self.spin_coins(now, -world.x)
        if not sparkle.hidden and now > self.sparkle_until:
            sparkle.hidden = True

    def lose_life(self, now):
        self.lives -= 1
        self.update_hud()
        if self.lives == 0:
            self.state = "over"
            self.ended_at = now
            record = self.record()
            show_panel("GAME OVER", "SCORE %d" % self.score,
                       "NEW HIGH SCORE!" if record else "HIGH SCORE %d" % self.best)
            return
        col = CHECKPOINTS[0]
        for c in CHECKPOINTS:
            if c <= self.furthest:
                col = c
        self.state = "play"
        self.spawn(col)
        for s in self.slimes:
            if s.alive and abs(s.x - self.px) < 40:
                s.x += 48            # give the player room to start again


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
        sim_time = now
    game.frame(now, steps)
    display.refresh()
    next_frame += STEP
    delay = next_frame - time.monotonic()
    if delay > 0:
        time.sleep(delay)
    else:
        next_frame = time.monotonic()
