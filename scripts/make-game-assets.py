#!/usr/bin/env python3
"""Draws the sprite sheets of the games in games/ and writes them as indexed BMP files.

Run from the repository root: python3 scripts/make-game-assets.py
Every picture is ASCII art below: one character per pixel, mapped to a palette index by
each sheet's legend. Only the standard library is used; the BMP bytes are written by hand
(BITMAPINFOHEADER, uncompressed, bottom-up rows), the variant CircuitPython's OnDiskBitmap
and the games' own loaders read.
"""
import os
import struct

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "games")


def write_bmp(path, width, height, pixels, palette, bpp):
    """pixels: list of rows (top row first) of palette indices; palette: list of 0xRRGGBB."""
    colors = 1 << bpp
    pal = list(palette) + [0] * (colors - len(palette))
    stride = ((width * bpp + 31) // 32) * 4
    body = bytearray()
    for row in reversed(pixels):
        line = bytearray(stride)
        for x, v in enumerate(row):
            if bpp == 8:
                line[x] = v
            else:
                per = 8 // bpp
                shift = 8 - bpp * (x % per + 1)
                line[x // per] |= v << shift
        body += line
    pal_bytes = b"".join(struct.pack("<BBBB", c & 255, (c >> 8) & 255, c >> 16, 0) for c in pal)
    offset = 14 + 40 + len(pal_bytes)
    header = b"BM" + struct.pack("<IHHI", offset + len(body), 0, 0, offset)
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, bpp, 0, len(body), 2835, 2835, colors, 0)
    with open(path, "wb") as f:
        f.write(header + info + pal_bytes + body)


def parse(art, legend):
    """Turns ASCII art (a list of equal-length strings) into rows of palette indices."""
    return [[legend[c] for c in line] for line in art]


def rot_cw(tile):
    n = len(tile)
    return [[tile[n - 1 - x][y] for x in range(n)] for y in range(n)]


def flip_x(tile):
    return [list(reversed(row)) for row in tile]


def sheet(tiles, per_row, size):
    """Lays square tiles out row-major in a sheet per_row tiles wide."""
    rows = (len(tiles) + per_row - 1) // per_row
    out = [[0] * (per_row * size) for _ in range(rows * size)]
    for i, t in enumerate(tiles):
        ox, oy = (i % per_row) * size, (i // per_row) * size
        for y in range(size):
            for x in range(size):
                out[oy + y][ox + x] = t[y][x]
    return out


def art(text):
    return [line.strip() for line in text.strip().split("\n")]


# ---------------------------------------------------------------- snake
# 8x8 tiles. Index 0 is the see-through colour of the snake layer; the background
# layer only uses the other colours. Tile numbers are listed in games/snake/code.py.
SNAKE_PALETTE = [
    0xFF00FF,  # 0 . clear (made transparent in code)
    0x12301A,  # 1 a grass
    0x163A1F,  # 2 b grass, lighter
    0x8A5A34,  # 3 w brick
    0x4A2E18,  # 4 W mortar
    0x1E6E1C,  # 5 G snake outline
    0x4CC83A,  # 6 g snake
    0xB8F060,  # 7 y snake spots
    0x000000,  # 8 k black
    0xFFFFFF,  # 9 h white
    0xE8302C,  # 10 r apple
    0x961414,  # 11 R apple shade
    0x6B3A10,  # 12 n stem
    0x3FBF3F,  # 13 l leaf
    0xFFD23A,  # 14 o gold
    0xB07810,  # 15 O gold shade
]
SNAKE_LEGEND = {c: i for i, c in enumerate(".abwWGgykhrRnloO")}


def snake_tiles():
    t = lambda s: parse(art(s), SNAKE_LEGEND)
    grass_a = t("""
        aaaaaaaa
        aaaaaaaa
        aabaaaaa
        aaaaaaaa
        aaaaaaaa
        aaaaaaba
        aaaaaaaa
        aaaaaaaa""")
    grass_b = t("""
        bbbbbbbb
        bbbbbbbb
        bbbbbbbb
        bbbbbabb
        bbbbbbbb
        bbbbbbbb
        babbbbbb
        bbbbbbbb""")
    wall = t("""
        wwwwwwwW
        wwwwwwwW
        wwwwwwwW
        WWWWWWWW
        wwwWwwww
        wwwWwwww
        wwwWwwww
        WWWWWWWW""")
    apple = t("""
        ....nl..
        ...nll..
        .rrrrrr.
        rrhrrrrr
        rhrrrrrr
        rrrrrrRr
        .rrrrRR.
        ..rRRR..""")
    gold = t("""
        ....nl..
        ...nll..
        .oooooo.
        oohooooo
        ohoooooo
        ooooooOo
        .ooooOO.
        ..oOOO..""")
    head_r = t("""
        ........
        GGGGG...
        gggggGG.
        gghkgggG
        ggggggyG
        gghkgggG
        gggggGG.
        GGGGG...""")
    body_h = t("""
        ........
        GGGGGGGG
        gggggggg
        ggyggggy
        gyyggyyg
        ggggyggg
        gggggggg
        GGGGGGGG""")
    corner_ld = t("""
        ........
        GGGGGG..
        ggggggG.
        ggyyggG.
        gggyygG.
        ggggggG.
        GGgyggG.
        .GggggG.""")
    tail_r = t("""
        ........
        ....GGGG
        ..GGgggg
        .Ggggyyg
        .Gggyygg
        ..GGgggg
        ....GGGG
        ........""")
    head_d = rot_cw(head_r)
    head_l = flip_x(head_r)
    head_u = rot_cw(rot_cw(rot_cw(head_r)))
    body_v = rot_cw(body_h)
    c1 = corner_ld              # left + down
    c2 = rot_cw(c1)             # up + left
    c3 = rot_cw(c2)             # right + up
    c4 = rot_cw(c3)             # down + right
    tail_d = rot_cw(tail_r)     # body continues downwards
    tail_l = rot_cw(tail_d)
    tail_u = rot_cw(tail_l)
    tiles = [grass_a, grass_b, wall, apple, gold,
             head_u, head_r, head_d, head_l,
             body_h, body_v,
             c3, c4, c1, c2,
             tail_u, tail_r, tail_d, tail_l]
    return sheet(tiles, 8, 8)


def make_snake():
    px = snake_tiles()
    write_bmp(os.path.join(ROOT, "snake", "tiles.bmp"), len(px[0]), len(px), px, SNAKE_PALETTE, 4)


if __name__ == "__main__":
    make_snake()
