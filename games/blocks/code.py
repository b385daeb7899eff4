# BLOCKS for the Adafruit PyBadge: a falling-blocks puzzle.
# LEFT/RIGHT move, DOWN drops faster, UP drops at once, A turns clockwise, B anticlockwise,
# START starts and pauses. Ten lines make a level; each level repaints every block by
# rewriting the palette, and full lines flash by cycling palette entries, not by redrawing.
# The well is a 10x20 TileGrid of 3x3-pixel cells, shown twice as large with Group(scale=2).
import time
import random
import board
import displayio
import keypad
import vectorio

import bmp
import hiscore
from sfx import Sfx
from text import Text

K_B, K_A, K_START, K_SELECT, K_RIGHT, K_DOWN, K_UP, K_LEFT = range(8)
FRAME = 1 / 60
NVM_OFFSET = 24
W, H = 10, 20

# cells.bmp tiles and palette entries (see scripts/make-game-assets.py)
EMPTY, GHOST, FLASH, DEAD = 0, 8, 9, 10
FLASH_ENTRIES = (25, 26, 27)

# Pieces: cells of the first orientation in a size x size box; the others are rotations.
SHAPES = (
    (4, ((0, 1), (1, 1), (2, 1), (3, 1))),   # I
    (2, ((0, 0), (1, 0), (0, 1), (1, 1))),   # O
    (3, ((1, 0), (0, 1), (1, 1), (2, 1))),   # T
    (3, ((2, 0), (0, 1), (1, 1), (2, 1))),   # L
    (3, ((0, 0), (0, 1), (1, 1), (2, 1))),   # J
    (3, ((1, 0), (2, 0), (0, 1), (1, 1))),   # S
    (3, ((0, 0), (1, 0), (1, 1), (2, 1))),   # Z
)


def rotations(size, cells):
    out = [cells]
    for _ in range(3):
        cells = tuple((size - 1 - y, x) for x, y in cells)
        out.append(cells)
    return out


PIECES = [rotations(size, cells) for size, cells in SHAPES]
LINE_POINTS = (0, 100, 300, 500, 800)
KICKS = (0, -1, 1, -2, 2)

# one colour scheme per level: base colours of the seven pieces
SCHEMES = (
    (0x30D0F0, 0xF0D030, 0xB050F0, 0xF09030, 0x3070F0, 0x40D050, 0xF04040),
    (0xF050A0, 0x50F0C0, 0xF0F060, 0x60A0FF, 0xFF8060, 0xC0C0F0, 0x80F040),
    (0xFFB000, 0x00C8A0, 0xFF4080, 0xA0E040, 0x8060FF, 0x40C0FF, 0xFF6030),
    (0xE0E0E0, 0xD04040, 0x40A0D0, 0xD0A040, 0x60C060, 0xA060C0, 0xC08060),
)

display = board.DISPLAY
keys = keypad.ShiftRegisterKeys(clock=board.BUTTON_CLOCK, data=board.BUTTON_OUT,
                                latch=board.BUTTON_LATCH, key_count=8, value_when_pressed=True)
sfx = Sfx()
sfx.add("move", ((600, 10),), volume=15)
sfx.add("turn", ((900, 15),), volume=20)
sfx.add("lock", ((180, 30),), volume=30)
sfx.add("line", ((784, 50), (988, 50), (1319, 90)))
sfx.add("four", ((523, 50), (659, 50), (784, 50), (1047, 50), (1319, 150)))
sfx.add("level", ((392, 60), (523, 60), (659, 60), (784, 150)))
sfx.add("over", ((392, 120), (330, 120), (262, 120), (196, 300)), volume=50)

cells, palette = bmp.load("cells.bmp")


def shade(color, f):
    r, g, b = color >> 16, (color >> 8) & 255, color & 255
    if f > 1:
        f -= 1
        r, g, b = r + int((255 - r) * f), g + int((255 - g) * f), b + int((255 - b) * f)
    else:
        r, g, b = int(r * f), int(g * f), int(b * f)
    return (r << 16) | (g << 8) | b


def paint_scheme(n):
    """The palette trick: every block on screen changes colour at once."""
    for k, c in enumerate(SCHEMES[n % len(SCHEMES)]):
        palette[2 + 3 * k] = shade(c, 1.5)
        palette[3 + 3 * k] = c
        palette[4 + 3 * k] = shade(c, 0.55)


root = displayio.Group()
frame_palette = displayio.Palette(2)
frame_palette[0] = 0x000000
frame_palette[1] = 0x6070A0
root.append(vectorio.Rectangle(pixel_shader=frame_palette, width=64, height=124, x=48, y=2, color_index=1))

well_group = displayio.Group(scale=2, x=50, y=4)
well = displayio.TileGrid(cells, pixel_shader=palette, width=W, height=H, tile_width=3, tile_height=3)
well_group.append(well)
root.append(well_group)

next_group = displayio.Group(scale=2, x=114, y=22)
preview = displayio.TileGrid(cells, pixel_shader=palette, width=4, height=2, tile_width=3, tile_height=3)
next_group.append(preview)
root.append(next_group)

side = displayio.Group()
labels = {}
for name, x, y, color in (("SCORE", 2, 4, 0x8090C0), ("LINES", 2, 40, 0x8090C0),
                          ("LEVEL", 2, 76, 0x8090C0), ("NEXT", 116, 4, 0x8090C0),
                          ("HI", 116, 76, 0x8090C0)):
    side.append(Text(len(name), x=x, y=y, color=color, text=name).group)
for name, x, y in (("score", 2, 16), ("lines", 2, 52), ("level", 2, 88), ("hi", 116, 88)):
    labels[name] = Text(8 if x < 48 else 7, x=x, y=y)
    side.append(labels[name].group)
root.append(side)

# title: the word BLOCKS built from cells, coloured by cycling the palette
LOGO = (
    "### #    ##   ## #  #  ##",
    "# # #   #  # #   # #  #  ",
    "##  #   #  # #   ##    # ",
    "# # #   #  # #   # #    #",
    "### ###  ##   ## #  # ## ",
)
title = displayio.Group()
title_palette = displayio.Palette(1)
title_palette[0] = 0x000000
title.append(vectorio.Rectangle(pixel_shader=title_palette, width=160, height=128))
logo_group = displayio.Group(scale=2, x=5, y=14)
logo = displayio.TileGrid(cells, pixel_shader=palette, width=len(LOGO[0]), height=len(LOGO),
                          tile_width=3, tile_height=3)
for r, row in enumerate(LOGO):
    for c, ch in enumerate(row):
        logo[c, r] = 1 + (c // 4) % 7 if ch == "#" else EMPTY
logo_group.append(logo)
title.append(logo_group)
title_start = Text(11, x=47, y=64, text="press START")
title.append(title_start.group)
title_hi = Text(20, x=0, y=84, color=0xF0D030)
title.append(title_hi.group)
title.append(Text(24, x=8, y=106, color=0x8090C0, text="A/B turn  UP drop").group)
root.append(title)

# messages over the well
panel = displayio.Group()
panel_palette = displayio.Palette(1)
panel_palette[0] = 0x000000
cover = vectorio.Rectangle(pixel_shader=panel_palette, width=60, height=120, x=50, y=4)
panel.append(cover)                   # hides the whole well while paused
panel.append(vectorio.Rectangle(pixel_shader=panel_palette, width=60, height=60, x=50, y=34))
panel_lines = (Text(4, x=56, y=38, scale=2, color=0xF04040), Text(4, x=56, y=60, scale=2, color=0xF04040),
               Text(10, x=50, y=80, color=0xF0D030))
for line in panel_lines:
    panel.append(line.group)
root.append(panel)

display.root_group = root


class Game:
    def __init__(self):
        self.best = hiscore.load(NVM_OFFSET)
        self.board = bytearray(W * H)
        self.bag = []
        self.held = {}
        self.show_title()

    # ----- screens
    def show_title(self):
        self.state = "title"
        title.hidden = False
        panel.hidden = True
        s = "HIGH SCORE %d" % self.best
        title_hi.text = s
        title_hi.group.x = (160 - 6 * len(s)) // 2
        paint_scheme(0)

    def new_game(self, now):
        title.hidden = True
        panel.hidden = True
        for i in range(W * H):
            self.board[i] = EMPTY
        self.score = 0
        self.lines = 0
        self.level = 0
        paint_scheme(0)
        self.bag = []
        self.next = self.draw_bag()
        self.redraw_board()
        self.update_side()
        self.spawn(now)

    def update_side(self):
        labels["score"].text = "%d" % self.score
        labels["lines"].text = "%d" % self.lines
        labels["level"].text = "%d" % self.level
        labels["hi"].text = "%d" % max(self.best, self.score)

    # ----- pieces
    def draw_bag(self):
        # a bag holds each piece once, in random order (random has no shuffle on the board)
        if not self.bag:
            bag = list(range(7))
            for i in range(6, 0, -1):
                j = random.randrange(i + 1)
                bag[i], bag[j] = bag[j], bag[i]
            self.bag = bag
        return self.bag.pop()

    def spawn(self, now):
        self.kind = self.next
        self.next = self.draw_bag()
        for i in range(8):
            preview[i] = EMPTY
        for x, y in PIECES[self.next][0]:
            preview[x, y] = self.next + 1
        self.rot = 0
        self.x = 3
        self.y = -1 if self.kind == 0 else 0
        self.cells = []
        self.fall_at = now + self.interval()
        self.state = "play"
        if not self.fits(self.x, self.y, self.rot):
            self.game_over(now)
            return
        self.draw_piece()

    def interval(self):
        return max(0.06, 0.8 - 0.07 * self.level)

    def fits(self, px, py, rot):
        board = self.board
        for cx, cy in PIECES[self.kind][rot]:
            x, y = px + cx, py + cy
            if x < 0 or x >= W or y >= H:
                return False
            if y >= 0 and board[y * W + x]:
                return False
        return True

    def drop_distance(self):
        d = 0
        while self.fits(self.x, self.y + d + 1, self.rot):
            d += 1
        return d

    def draw_piece(self):
        # put back what was under the old piece and its ghost, then draw both again
        board = self.board
        for x, y in self.cells:
            well[x, y] = board[y * W + x]
        shape = PIECES[self.kind][self.rot]
        ghost_y = self.y + self.drop_distance()
        cells = []
        for cx, cy in shape:
            x, y = self.x + cx, ghost_y + cy
            if y >= 0:
                well[x, y] = GHOST
                cells.append((x, y))
        for cx, cy in shape:
            x, y = self.x + cx, self.y + cy
            if y >= 0:
                well[x, y] = self.kind + 1
                cells.append((x, y))
        self.cells = cells

    def move(self, dx):
        if self.fits(self.x + dx, self.y, self.rot):
            self.x += dx
            self.draw_piece()
            sfx.play("move")

    def turn(self, d):
        rot = (self.rot + d) & 3
        for k in KICKS:
            if self.fits(self.x + k, self.y, rot):
                self.x += k
                self.rot = rot
                self.draw_piece()
                sfx.play("turn")
                return

    def fall(self, now, points=0):
        if self.fits(self.x, self.y + 1, self.rot):
            self.y += 1
            self.score += points
            self.draw_piece()
        else:
            self.lock(now)

    def hard_drop(self, now):
        d = self.drop_distance()
        self.y += d
        self.score += 2 * d
        self.lock(now)

    def lock(self, now):
        for cx, cy in PIECES[self.kind][self.rot]:
            x, y = self.x + cx, self.y + cy
            if y < 0:
                self.game_over(now)
                return
            self.board[y * W + x] = self.kind + 1
        self.cells = []
        self.redraw_board()
        full = [y for y in range(H) if all(self.board[y * W:(y + 1) * W])]
        if full:
            self.clearing = full
            self.clear_at = now
            self.state = "clearing"
            for y in full:
                for x in range(W):
                    well[x, y] = FLASH
            sfx.play("four" if len(full) == 4 else "line")
        else:
            sfx.play("lock")
            self.update_side()
            self.spawn(now)

    def finish_clear(self, now):
        board = self.board
        for y in self.clearing:
            board[W:(y + 1) * W] = board[0:y * W]
            for x in range(W):
                board[x] = EMPTY
        n = len(self.clearing)
        self.score += LINE_POINTS[n] * (self.level + 1)
        self.lines += n
        if self.lines // 10 > self.level:
            self.level = self.lines // 10
            paint_scheme(self.level)
            sfx.play("level")
        self.redraw_board()
        self.update_side()
        self.spawn(now)

    def redraw_board(self):
        board = self.board
        for i in range(W * H):
            well[i] = board[i]

    def game_over(self, now):
        self.state = "dying"
        self.died_at = now
        self.dead_rows = 0
        self.record = self.score > self.best
        if self.record:
            self.best = self.score
            hiscore.save(NVM_OFFSET, self.best)
        self.update_side()
        sfx.play("over")

    # ----- input
    def key(self, k, pressed, now):
        if not pressed:
            self.held.pop(k, None)
            return
        self.held[k] = now + 0.17          # auto-repeat starts after this delay
        state = self.state
        if state == "title":
            if k == K_START:
                self.new_game(now)
        elif state == "play":
            if k == K_LEFT:
                self.move(-1)
            elif k == K_RIGHT:
                self.move(1)
            elif k == K_A:
                self.turn(1)
            elif k == K_B:
                self.turn(-1)
            elif k == K_UP:
                self.hard_drop(now)
            elif k == K_DOWN:
                self.fall(now, 1)
                self.fall_at = now + self.interval()
            elif k == K_START:
                self.state = "paused"
                self.show_panel("", "", "PAUSED", cover_all=True)
        elif state == "paused":
            if k == K_START:
                self.state = "play"
                panel.hidden = True
        elif state == "over" and now - self.died_at > 2:
            if k == K_START:
                self.new_game(now)
            elif k == K_SELECT:
                self.show_title()

    def show_panel(self, a, b, c, cover_all=False):
        cover.hidden = not cover_all
        for label, s in zip(panel_lines, (a, b, c)):
            label.text = s
        panel_lines[0].group.x = 80 - 6 * len(a)
        panel_lines[1].group.x = 80 - 6 * len(b)
        panel_lines[2].group.x = 80 - 3 * len(c)
        panel.hidden = False

    def repeat(self, now):
        for k in (K_LEFT, K_RIGHT, K_DOWN):
            t = self.held.get(k)
            if t is not None and now >= t:
                self.held[k] = now + (0.03 if k == K_DOWN else 0.05)
                if k == K_DOWN:
                    self.fall(now, 1)
                    self.fall_at = now + self.interval()
                else:
                    self.move(-1 if k == K_LEFT else 1)
                if self.state != "play":
                    return

    # ----- time
    def update(self, now):
        state = self.state
        if state == "title":
            # cycle the seven colour triples: the logo's letters take each other's colours
            paint_scheme(0)
            shift = int(now * 4) % 7
            base = SCHEMES[0]
            for k in range(7):
                c = base[(k + shift) % 7]
                palette[2 + 3 * k] = shade(c, 1.5)
                palette[3 + 3 * k] = c
                palette[4 + 3 * k] = shade(c, 0.55)
            title_start.group.hidden = int(now * 2) & 1 == 1
        elif state == "play":
            self.repeat(now)
            if self.state == "play" and now >= self.fall_at:
                self.fall_at += self.interval()
                if self.fall_at < now:
                    self.fall_at = now + self.interval()
                self.fall(now)
        elif state == "clearing":
            t = now - self.clear_at
            bright = int(t * 20) & 1 == 0
            palette[FLASH_ENTRIES[0]] = 0xFFFFFF if bright else 0x404060
            palette[FLASH_ENTRIES[1]] = 0xE0E0FF if bright else 0x303050
            palette[FLASH_ENTRIES[2]] = 0xA0A0C0 if bright else 0x202040
            if t > 0.4:
                self.finish_clear(now)
        elif state == "dying":
            # grey the stack from the bottom up, one row every 30 ms
            rows = min(H, int((now - self.died_at) / 0.03))
            while self.dead_rows < rows:
                y = H - 1 - self.dead_rows
                for x in range(W):
                    if self.board[y * W + x] or well[x, y] != EMPTY:
                        well[x, y] = DEAD
                self.dead_rows += 1
            if rows == H:
                self.state = "over"
                self.show_panel("GAME", "OVER", "NEW HI!" if self.record else "START")


game = Game()
display.auto_refresh = False
next_frame = time.monotonic()
while True:
    now = time.monotonic()
    event = keys.events.get()
    while event:
        game.key(event.key_number, event.pressed, now)
        event = keys.events.get()
    game.update(now)
    display.refresh()
    next_frame += FRAME
    delay = next_frame - time.monotonic()
    if delay > 0:
        time.sleep(delay)
    else:
        next_frame = time.monotonic()
