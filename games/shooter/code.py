# STAR PATROL for the Adafruit PyBadge: a side-scrolling shooter. The D-pad flies the ship,
# A (held) fires, START starts and pauses. Every sprite (ship, shots, enemies, explosions)
# is a TileGrid over the same sprite sheet; the stars are pixels in a Bitmap behind them.
import math
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

K_B, K_A, K_START, K_SELECT, K_RIGHT, K_DOWN, K_UP, K_LEFT = range(8)
STEP = 1 / 60
NVM_OFFSET = 32
TOP = 12                          # the score line sits above the playfield

# sprites.bmp frames (see scripts/make-game-assets.py)
SHIP, SHIP2, SHOT, SAUCER, SAUCER2, DART, BOMBER, ENEMY_SHOT, BOOM = 0, 1, 2, 3, 4, 5, 6, 7, 8
POWER = 11

SHIP_SPEED = 75
SHOT_SPEED = 180
FIRE_DELAY = 0.16
START_X, START_Y = 12, 64
WAVES = ("line", "sine", "line", "dive", "sine", "dive")
KINDS = {                          # frame, hit points, score
    "line": (SAUCER, 1, 50),
    "sine": (DART, 1, 80),
    "dive": (BOMBER, 2, 120),
}

display = board.DISPLAY
keys = keypad.ShiftRegisterKeys(clock=board.BUTTON_CLOCK, data=board.BUTTON_OUT,
                                latch=board.BUTTON_LATCH, key_count=8, value_when_pressed=True)
sfx = Sfx()
sfx.add("shot", ((1760, 15), (1320, 15)), volume=20)
sfx.add("hit", ((300, 20),), volume=30)
sfx.add("boom", ((120, 40), (90, 60)), volume=50)
sfx.add("dead", ((200, 80), (150, 80), (100, 200)), volume=60)
sfx.add("wave", ((659, 40), (880, 60)), volume=30)
sfx.add("power", ((880, 40), (1175, 40), (1760, 80)))

sprites, palette = bmp.load("sprites.bmp")
palette.make_transparent(0)

root = displayio.Group()

# --- stars: three layers of pixels moving left at different speeds
stars_bitmap = displayio.Bitmap(160, 128 - TOP, 4)
star_palette = displayio.Palette(4)
for i, c in enumerate((0x000000, 0x404868, 0x8088B0, 0xFFFFFF)):
    star_palette[i] = c
root.append(displayio.TileGrid(stars_bitmap, pixel_shader=star_palette, y=TOP))

field = displayio.Group(y=TOP)
root.append(field)


def sprite(frame):
    s = displayio.TileGrid(sprites, pixel_shader=palette, tile_width=8, tile_height=8,
                           default_tile=frame)
    s.hidden = True
    field.append(s)
    return s


class Pool:
    """A fixed set of sprites reused for things that come and go (no allocation in play)."""

    def __init__(self, count, frame):
        self.items = []
        for _ in range(count):
            it = Thing(sprite(frame))
            self.items.append(it)

    def take(self):
        for it in self.items:
            if not it.active:
                it.active = True
                it.sprite.hidden = False
                return it
        return None

    def clear(self):
        for it in self.items:
            it.free()


class Thing:
    def __init__(self, tg):
        self.sprite = tg
        self.active = False
        self.x = self.y = self.vx = self.vy = 0.0
        self.t = 0.0
        self.hp = 0
        self.kind = None
        self.base_y = 0.0

    def free(self):
        self.active = False
        self.sprite.hidden = True

    def place(self):
        self.sprite.x = int(self.x)
        self.sprite.y = int(self.y)


enemies = Pool(12, SAUCER)
shots = Pool(12, SHOT)
powerups = Pool(2, POWER)
enemy_shots = Pool(12, ENEMY_SHOT)
booms = Pool(8, BOOM)
ship = sprite(SHIP)

# --- score line
hud = displayio.Group()
hud_palette = displayio.Palette(1)
hud_palette[0] = 0x101830
hud.append(vectorio.Rectangle(pixel_shader=hud_palette, width=160, height=TOP))
score_text = Text(11, x=1, y=0)
hi_text = Text(10, x=70, y=0, color=0x8088B0)
lives_text = Text(2, x=148, y=0)
hud.append(score_text.group)
hud.append(hi_text.group)
lives_icon = displayio.TileGrid(sprites, pixel_shader=palette, tile_width=8, tile_height=8,
                                default_tile=SHIP, x=139, y=2)
hud.append(lives_icon)
hud.append(lives_text.group)
root.append(hud)

# --- title and messages
title = displayio.Group()
title.append(Text(4, x=centered("STAR", 3), y=16, scale=3, color=0x40E0FF, text="STAR").group)
title.append(Text(6, x=centered("PATROL", 2), y=52, scale=2, color=0xFFE040, text="PATROL").group)
big_ship = displayio.Group(scale=3, x=8, y=18)
big_ship.append(displayio.TileGrid(sprites, pixel_shader=palette, tile_width=8, tile_height=8,
                                   default_tile=SHIP))
title.append(big_ship)
title_start = Text(11, x=centered("press START"), y=84, text="press START")
title.append(title_start.group)
title_hi = Text(20, y=104, color=0xFFE040)
title.append(title_hi.group)
root.append(title)

panel = displayio.Group()
panel_lines = (Text(10, y=40, scale=2, color=0xF03030), Text(22, y=66), Text(22, y=80, color=0xFFE040),
               Text(22, y=98, color=0x8088B0))
for line in panel_lines:
    panel.append(line.group)
root.append(panel)

display.root_group = root


def show_panel(*lines):
    for i, label in enumerate(panel_lines):
        s = lines[i] if i < len(lines) else ""
        label.text = s
        label.group.x = centered(s, 2 if i == 0 else 1)
    panel.hidden = False


class Stars:
    def __init__(self):
        self.x = []
        self.y = []
        self.drawn = []
        self.layer = []
        for i in range(30):
            self.x.append(random.randrange(160) * 1.0)
            self.y.append(random.randrange(stars_bitmap.height))
            self.drawn.append(int(self.x[i]))
            self.layer.append(1 + i % 3)

    def move(self, dt):
        for i in range(len(self.x)):
            layer = self.layer[i]
            x = self.x[i] - layer * layer * 8 * dt
            y = self.y[i]
            if x < 0:
                x += 160
                stars_bitmap[self.drawn[i], y] = 0
                y = self.y[i] = random.randrange(stars_bitmap.height)
            self.x[i] = x
            new = int(x) % 160
            if new != self.drawn[i]:
                stars_bitmap[self.drawn[i], y] = 0
                self.drawn[i] = new
            stars_bitmap[new, y] = layer


class Game:
    def __init__(self):
        self.best = hiscore.load(NVM_OFFSET)
        self.held = set()
        self.stars = Stars()
        self.show_title()

    # ----- screens
    def show_title(self):
        self.state = "title"
        for pool in (enemies, shots, enemy_shots, booms, powerups):
            pool.clear()
        ship.hidden = True
        title.hidden = False
        hud.hidden = True
        panel.hidden = True
        s = "HIGH SCORE %d" % self.best
        title_hi.text = s
        title_hi.group.x = centered(s)

    def new_game(self, now):
        for pool in (enemies, shots, enemy_shots, booms, powerups):
            pool.clear()
        title.hidden = True
        panel.hidden = True
        hud.hidden = False
        self.score = 0
        self.lives = 3
        self.kills = 0
        self.double_until = 0
        self.wave = 0
        self.next_wave = now + 1.0
        self.state = "play"
        self.spawn_ship(now)
        self.update_hud()

    def spawn_ship(self, now, safe=0.0):
        self.sx, self.sy = float(START_X), float(START_Y)
        self.safe_until = now + safe        # blinking and untouchable for a moment
        self.fire_at = now
        self.alive = True
        ship.hidden = False

    def update_hud(self):
        score_text.text = "%d" % self.score
        hi_text.text = "HI %d" % max(self.best, self.score)
        lives_text.text = "%d" % self.lives

    # ----- waves
    def launch_wave(self, now):
        kind = WAVES[self.wave % len(WAVES)]
        speed = 55 + 6 * self.wave
        frame, hp, _ = KINDS[kind]
        count = 5 if kind == "line" else 4
        for i in range(count):
            e = enemies.take()
            if e is None:
                break
            e.kind = kind
            e.hp = hp
            e.t = 0.0
            e.sprite[0] = frame
            e.x = 160.0 + i * (14 if kind == "line" else 22)
            e.vx = -speed
            if kind == "line":
                e.y = max(0.0, min(108.0, self.sy))        # straight at the ship
            elif kind == "sine":
                e.base_y = 30.0 + 48 * (self.wave % 2)
                e.y = e.base_y
                e.t = i * 0.5
            else:
                e.y = 8.0 if i % 2 == 0 else 100.0
            e.place()
        self.wave += 1
        sfx.play("wave")

    def move_enemies(self, now):
        any_left = False
        fire_rate = 0.0 if self.wave < 4 else min(0.9, 0.12 * self.wave)   # the first waves hold fire
        for e in enemies.items:
            if not e.active:
                continue
            any_left = True
            e.t += STEP
            e.x += e.vx * STEP
            if e.kind == "sine":
                e.y = e.base_y + 22 * math.sin(e.t * 3)
                e.sprite[0] = DART
            elif e.kind == "dive":
                if e.x < 130:
                    # steer towards the ship
                    dy = self.sy - e.y
                    e.y += max(-40 * STEP, min(40 * STEP, dy))
            else:
                e.sprite[0] = SAUCER if int(e.t * 6) & 1 else SAUCER2
            if e.x < -8:
                e.free()
                continue
            e.place()
            if fire_rate and self.alive and e.x < 150 and random.random() < fire_rate * STEP:
                self.enemy_fire(e)
            if self.alive and now > self.safe_until and abs(e.x - self.sx) < 6 and abs(e.y - self.sy) < 6:
                self.explode(e.x, e.y)
                e.free()
                self.ship_hit(now)
        if not any_left and now >= self.next_wave:
            self.launch_wave(now)
        elif any_left:
            self.next_wave = now + 1.0

    def enemy_fire(self, e):
        b = enemy_shots.take()
        if b is None:
            return
        dx, dy = self.sx - e.x, self.sy - e.y
        d = math.sqrt(dx * dx + dy * dy) or 1.0
        b.x, b.y = e.x, e.y
        b.vx, b.vy = 65 * dx / d, 65 * dy / d
        b.place()

    # ----- the ship and shots
    def move_ship(self, now):
        held = self.held
        dx = (K_RIGHT in held) - (K_LEFT in held)
        dy = (K_DOWN in held) - (K_UP in held)
        self.sx = max(0.0, min(100.0, self.sx + dx * SHIP_SPEED * STEP))
        self.sy = max(0.0, min(108.0, self.sy + dy * SHIP_SPEED * STEP))
        ship.x = int(self.sx)
        ship.y = int(self.sy)
        ship[0] = SHIP if int(now * 10) & 1 else SHIP2
        ship.hidden = now < self.safe_until and int(now * 10) & 1 == 0
        if K_A in held and now >= self.fire_at:
            for dy in ((-3, 3) if now < self.double_until else (0,)):
                s = shots.take()
                if s is not None:
                    s.x, s.y = self.sx + 6, self.sy + dy
                    s.place()
            self.fire_at = now + FIRE_DELAY
            sfx.play("shot")

    def move_shots(self, now):
        for s in shots.items:
            if not s.active:
                continue
            s.x += SHOT_SPEED * STEP
            if s.x > 160:
                s.free()
                continue
            s.place()
            for e in enemies.items:
                if e.active and abs(e.x - s.x) < 6 and abs(e.y - s.y) < 5:
                    s.free()
                    e.hp -= 1
                    if e.hp <= 0:
                        self.score += KINDS[e.kind][2]
                        self.kills += 1
                        self.update_hud()
                        self.explode(e.x, e.y)
                        if self.kills % 12 == 0:
                            self.drop_powerup(e.x, e.y)
                        e.free()
                    else:
                        sfx.play("hit")
                    break
        for b in enemy_shots.items:
            if not b.active:
                continue
            b.x += b.vx * STEP
            b.y += b.vy * STEP
            if b.x < -8 or b.x > 160 or b.y < -8 or b.y > 116:
                b.free()
                continue
            b.place()
            if self.alive and now > self.safe_until and abs(b.x - self.sx) < 5 and abs(b.y - self.sy) < 4:
                b.free()
                self.ship_hit(now)

    def drop_powerup(self, x, y):
        p = powerups.take()
        if p is not None:
            p.x, p.y = x, y
            p.place()

    def move_powerups(self, now):
        for p in powerups.items:
            if not p.active:
                continue
            p.x -= 25 * STEP
            if p.x < -8:
                p.free()
                continue
            p.place()
            if self.alive and abs(p.x - self.sx) < 7 and abs(p.y - self.sy) < 7:
                p.free()
                self.double_until = now + 10
                self.score += 200
                self.update_hud()
                sfx.play("power")

    def explode(self, x, y):
        b = booms.take()
        if b is not None:
            b.x, b.y = x, y
            b.t = 0.0
            b.sprite[0] = BOOM
            b.place()
        sfx.play("boom")

    def animate_booms(self):
        for b in booms.items:
            if b.active:
                b.t += STEP
                frame = int(b.t * 12)
                if frame > 2:
                    b.free()
                else:
                    b.sprite[0] = BOOM + frame

    def ship_hit(self, now):
        self.alive = False
        self.double_until = 0
        ship.hidden = True
        self.explode(self.sx, self.sy)
        sfx.play("dead")
        self.lives -= 1
        self.update_hud()
        self.respawn_at = now + 1.2

    def game_over(self, now):
        self.state = "over"
        self.over_at = now
        for pool in (enemies, shots, enemy_shots, booms, powerups):
            pool.clear()
        record = self.score > self.best
        if record:
            self.best = self.score
            hiscore.save(NVM_OFFSET, self.best)
        show_panel("GAME OVER", "SCORE %d" % self.score,
                   "NEW HIGH SCORE!" if record else "HIGH SCORE %d" % self.best,
                   "START: play again")

    # ----- input and time
    def key(self, k, pressed, now):
        if not pressed:
            self.held.discard(k)
            return
        self.held.add(k)
        if self.state == "title" and k == K_START:
            self.new_game(now)
        elif self.state == "play" and k == K_START:
            self.state = "paused"
            show_panel("PAUSED", "", "START: resume")
        elif self.state == "paused" and k == K_START:
            self.state = "play"
            panel.hidden = True
        elif self.state == "over" and now - self.over_at > 1.5:
            if k == K_START:
                self.new_game(now)
            elif k == K_SELECT:
                self.show_title()

    def frame(self, now, steps):
        if self.state == "paused":
            return
        self.stars.move(STEP * steps)
        if self.state == "title":
            title_start.group.hidden = int(now * 2) & 1 == 1
            big_ship[0][0] = SHIP if int(now * 10) & 1 else SHIP2
            return
        if self.state != "play":
            return
        for _ in range(steps):
            if self.alive:
                self.move_ship(now)
            self.move_shots(now)
            self.move_enemies(now)
            self.move_powerups(now)
            self.animate_booms()
        if self.state == "play" and not self.alive and now >= self.respawn_at:
            if self.lives == 0:
                self.game_over(now)
            else:
                self.spawn_ship(now, 2.0)


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
