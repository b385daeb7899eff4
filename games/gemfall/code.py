# Gemfall: catch the falling gems, dodge the rocks. A stage/ugame game for the PyBadge and the
# PyGamer: LEFT/RIGHT move, START begins and pauses, the high score stays in microcontroller.nvm.
import random
import struct

import microcontroller
import stage
import ugame

FPS = 20
GROUND = 112
PLAYER_Y = GROUND - 16
BLANK, CATCHER, RED_GEM, GREEN_GEM, ROCK, SPARKLE, GOLD_GEM = 15, 4, 6, 7, 8, 10, 11
POINTS = {RED_GEM: 10, GREEN_GEM: 10, GOLD_GEM: 50}
MAGIC = b"GF"

bank = stage.Bank.from_bmp16("gemfall.bmp")
sky = stage.Grid(bank, 10, 8)
text = stage.Text(20, 16)
player = stage.Sprite(bank, CATCHER, 72, PLAYER_Y)
items = [stage.Sprite(bank, BLANK, 0, -16) for _ in range(4)]
game = stage.Stage(ugame.display, FPS)
game.layers = [text, player] + items + [sky]


def load_high():
    nvm = microcontroller.nvm
    if nvm[0:2] == MAGIC:
        return struct.unpack("<H", nvm[2:4])[0]
    return 0


def save_high(score):
    microcontroller.nvm[0:4] = MAGIC + struct.pack("<H", min(score, 65535))


def draw_sky():
    for y in range(8):
        for x in range(10):
            sky.tile(x, y, 2 if y == 7 else (1 if (x * 7 + y * 3) % 11 == 0 else 0))


def write(x, y, message, highlight=False):
    text.cursor(x, y)
    text.text(message, highlight)


def centre(y, message, highlight=False):
    write((20 - len(message)) // 2, y, message, highlight)


class Buttons:
    """get_pressed() plus which buttons went down since the last look."""

    def __init__(self):
        self.last = 0
        self.held = 0
        self.new = 0

    def read(self):
        self.held = ugame.buttons.get_pressed()
        self.new = self.held & ~self.last
        self.last = self.held


buttons = Buttons()
START = ugame.K_START | ugame.K_X | ugame.K_O


def wait_for_start(blink_row, message):
    """Blinks `message` until START (or A/B) goes down."""
    ticks = 0
    bob = items[0]
    bob.set_frame(GOLD_GEM)
    while True:
        buttons.read()
        if buttons.new & START:
            bob.set_frame(BLANK)
            game.render_sprites([bob])
            return
        if ticks % 10 == 0:
            centre(blink_row, message, ticks % 20 == 0)
            game.render_block(0, blink_row * 8, 160, blink_row * 8 + 8)
        bob.move(72, 16 + (4 if ticks % 8 < 4 else 0))
        game.render_sprites([bob])
        ticks += 1
        game.tick()


def title(high):
    text.clear()
    centre(4, "G E M F A L L")
    centre(6, "Catch the gems,")
    centre(7, "dodge the rocks!")
    centre(9, "HIGH SCORE %05d" % high)
    player.move(72, PLAYER_Y)
    game.render_block()
    wait_for_start(11, "PRESS START")


def hud(score, lives, high):
    write(0, 0, "SCORE %05d" % score)
    write(12, 0, "HI %05d" % max(score, high))
    write(0, 1, "LIVES " + "*" * lives + " " * (3 - lives))
    game.render_block(0, 0, 160, 16)


def play(high):
    """One game; returns the score."""
    text.clear()
    game.render_block()
    score, lives, tick, spawn = 0, 3, 0, 0
    speeds = [0] * len(items)
    hud(score, lives, high)
    x = 72
    while lives > 0:
        buttons.read()
        if buttons.new & ugame.K_START:
            centre(7, "PAUSED")
            game.render_block(0, 56, 160, 64)
            buttons.read()
            while not buttons.new & ugame.K_START:
                game.tick()
                buttons.read()
            text.clear()
            hud(score, lives, high)
            game.render_block(0, 56, 160, 64)
        step = 4
        if buttons.held & ugame.K_LEFT:
            x = max(0, x - step)
        if buttons.held & ugame.K_RIGHT:
            x = min(144, x + step)
        moving = buttons.held & (ugame.K_LEFT | ugame.K_RIGHT)
        player.set_frame(CATCHER + (1 if moving and tick % 4 < 2 else 0))
        player.move(x, PLAYER_Y)
        # A new item now and then, faster as the score grows.
        spawn -= 1
        if spawn <= 0:
            for i, item in enumerate(items):
                if item.frame == BLANK:
                    r = random.random()
                    kind = ROCK if r < 0.4 else GOLD_GEM if r < 0.5 else RED_GEM if r < 0.75 else GREEN_GEM
                    item.set_frame(kind)
                    item.move(random.randint(0, 9) * 16, -16)
                    speeds[i] = 2 + min(score // 100, 4) + random.randint(0, 1)
                    break
            spawn = max(5, 12 - score // 50)
        changed = False
        for i, item in enumerate(items):
            if item.frame == BLANK:
                continue
            if item.frame == SPARKLE:
                item.set_frame(BLANK)
                continue
            item.move(item.x, item.y + speeds[i])
            if stage.collide(item.x + 3, item.y + 3, item.x + 12, item.y + 12,
                             x + 3, PLAYER_Y + 2, x + 12, PLAYER_Y + 15):
                if item.frame == ROCK:
                    lives -= 1
                    item.set_frame(BLANK)
                else:
                    score += POINTS[item.frame]
                    item.set_frame(SPARKLE)
                changed = True
            elif item.y >= GROUND - 12:
                item.set_frame(BLANK)
        if changed:
            hud(score, lives, high)
        game.render_sprites([player] + items)
        tick += 1
        game.tick()
    return score


def game_over(score, high):
    centre(6, "GAME OVER")
    centre(8, "SCORE %05d" % score)
    if score > high:
        centre(9, "NEW HIGH SCORE!", True)
    game.render_block(0, 48, 160, 80)
    for _ in range(FPS):
        game.tick()
    wait_for_start(12, "PRESS START")


draw_sky()
high = load_high()
while True:
    title(high)
    score = play(high)
    for item in items:
        item.set_frame(BLANK)
    game.render_sprites(items)
    previous = high
    if score > high:
        high = score
        save_high(high)
    game_over(score, previous)
