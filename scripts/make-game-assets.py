#!/usr/bin/env python3
"""Draws the sprite sheets of the games in games/ and writes them as indexed BMP files.

Run from the repository root: python3 scripts/make-game-assets.py
The pictures are ASCII art below (one character per pixel, mapped to a palette index by each
sheet's legend) or, for the blocks' bevelled cells, a small pattern repeated per colour. Only the standard library is used; the BMP bytes are written by hand
(BITMAPINFOHEADER, uncompressed, bottom-up rows), the variant CircuitPython's OnDiskBitmap
and the games' own loaders read.
"""
import os
import struct

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "games")


def write_bmp(path, width, height, pixels, palette, bpp):
    """pixels: list of rows (top row first) of palette indices; palette: list of 0xRRGGBB."""
    colors = len(palette)
    pal = list(palette)
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



# ---------------------------------------------------------------- tilemap (platformer)
# tiles.bmp: 8x8 level and background tiles; sprites.bmp: 8x8 player and enemy frames.
# Tile and frame numbers are listed in games/tilemap/code.py.
TILE_PALETTE = [
    0xFF00FF,  # 0 . clear
    0x5C94FC,  # 1 S sky
    0x2E9A48,  # 2 h hill
    0x58C060,  # 3 H hill light
    0xFFFFFF,  # 4 c cloud
    0xB8D0FF,  # 5 C cloud shade
    0x4CC83A,  # 6 g grass
    0x1E7A1C,  # 7 G grass dark
    0xB5651D,  # 8 d dirt
    0x7A3E10,  # 9 D dirt dark
    0xC8C8D0,  # 10 b stone light
    0x6A6A7A,  # 11 B stone dark
    0xFFD23A,  # 12 y gold
    0xB07810,  # 13 Y gold dark
    0x101018,  # 14 k black
    0xE83030,  # 15 r red
]
TILE_LEGEND = {c: i for i, c in enumerate(".ShHcCgGdDbByYkr")}


def platform_tiles():
    t = lambda s: parse(art(s), TILE_LEGEND)
    tiles = [
        t("""........
             ........
             ........
             ........
             ........
             ........
             ........
             ........"""),      # 0 empty
        t("""SSSSSSSS
             SSSSSSSS
             SSSSSSSS
             SSSSSSSS
             SSSSSSSS
             SSSSSSSS
             SSSSSSSS
             SSSSSSSS"""),      # 1 sky
        t("""SSSSSSSh
             SSSSSShh
             SSSSShhh
             SSSShhhh
             SSShhHhh
             SShhhhhh
             ShhhhhHh
             hhhhhhhh"""),      # 2 hill slope up
        t("""SShhhhSS
             ShhHhhhS
             hhhhhhhh
             hhhhHhhh
             hhhhhhhh
             hHhhhhhh
             hhhhhhHh
             hhhhhhhh"""),      # 3 hill top
        t("""hSSSSSSS
             hhSSSSSS
             hhhSSSSS
             hHhhSSSS
             hhhhhSSS
             hhhhhhSS
             hhHhhhhS
             hhhhhhhh"""),      # 4 hill slope down
        t("""hhhhhhhh
             hhHhhhhh
             hhhhhhHh
             hhhhhhhh
             hhhhhhhh
             hhhHhhhh
             hhhhhhhh
             Hhhhhhhh"""),      # 5 hill
        t("""SSSSSSSS
             SSSSSScc
             SSSccccc
             SScccccc
             SccccccC
             SccccCCC
             SSSSSSSS
             SSSSSSSS"""),      # 6 cloud left
        t("""SSccccSS
             cccccccc
             cccccccc
             cccccccc
             cccccccc
             CCCCCCCC
             SSSSSSSS
             SSSSSSSS"""),      # 7 cloud middle
        t("""SSSSSSSS
             ccSSSSSS
             cccccSSS
             ccccccSS
             cccccccS
             CCCCCcSS
             SSSSSSSS
             SSSSSSSS"""),      # 8 cloud right
        t("""gggggggg
             gGggggGg
             GdGGdGGd
             dddddddd
             ddDddddd
             dddddDdd
             dddddddd
             dDdddddd"""),      # 9 grass top
        t("""dddddddd
             ddDddddd
             dddddDdd
             dddddddd
             Dddddddd
             dddDdddd
             dddddddD
             dddddddd"""),      # 10 dirt
        t("""bbbbbbbB
             bBBBBBbB
             bBbbbbBB
             bBbbbbBB
             bBbbbbBB
             bBbbbbBB
             bBBBBBBB
             BBBBBBBB"""),      # 11 stone block
        t("""........
             ..yyyy..
             .yyYYyy.
             .yyYyyY.
             .yyYyyY.
             .yyYYYY.
             ..YYYY..
             ........"""),      # 12 coin
        t("""........
             ...yy...
             ...yY...
             ...yY...
             ...yY...
             ...YY...
             ...YY...
             ........"""),      # 13 coin, edge on
        t("""........
             ........
             ...b....
             ...b...b
             ..bB...b
             b.bB..bB
             bBbBb.bB
             BBBBBBBB"""),      # 14 spikes
        t("""...bB...
             ...bB...
             ...bB...
             ...bB...
             ...bB...
             ...bB...
             ...bB...
             ...bB..."""),      # 15 flag pole
        t("""..yyY...
             ..yyYrrr
             ...bBrrr
             ...bBrrr
             ...bBrr.
             ...bBr..
             ...bB...
             ...bB..."""),      # 16 flag top
        t("""........
             ........
             ........
             ...gg...
             .gggGgg.
             gggGgggg
             gGggggGg
             GGgGGgGG"""),      # 17 bush
        t("""yyyyyyyY
             yYYYYYyY
             yYkkkYYY
             yYYYkYYY
             yYYkkYYY
             yYYYYYYY
             yYYkYYYY
             YYYYYYYY"""),      # 18 bonus block
        t("""dddddddD
             dDDDDDdD
             dDddddDD
             dDddddDD
             dDddddDD
             dDddddDD
             dDDDDDDD
             DDDDDDDD"""),      # 19 used bonus block
    ]
    return sheet(tiles, 8, 8)


SPRITE_PALETTE = [
    0xFF00FF,  # 0 . clear
    0x101018,  # 1 k outline
    0xE83030,  # 2 r red
    0x3050D0,  # 3 b blue
    0xFFC890,  # 4 s skin
    0xFFFFFF,  # 5 w white
    0x50D040,  # 6 g slime
    0x207020,  # 7 G slime dark
    0xFFD23A,  # 8 y yellow
    0x8A4A20,  # 9 n brown
]
SPRITE_LEGEND = {c: i for i, c in enumerate(".krbswgGyn")}


def platform_sprites():
    t = lambda s: parse(art(s), SPRITE_LEGEND)
    frames = [
        t("""..rrrr..
             .rrrrrrr
             ..sskss.
             ..sssss.
             .rrbbrr.
             .sbbbbs.
             ..bbbb..
             ..n..n.."""),      # 0 stand
        t("""..rrrr..
             .rrrrrrr
             ..sskss.
             ..sssss.
             .rrbbrs.
             s.bbbb..
             ..b..b..
             .n....n."""),      # 1 run
        t("""..rrrr..
             .rrrrrrr
             ..sskss.
             ..sssss.
             ..rbbr..
             ..sbbs..
             ...bb...
             ...nn..."""),      # 2 run
        t("""..rrrr.s
             .rrrrrrr
             ..sskss.
             ..sssss.
             srrbbrr.
             ..bbbb..
             .bb..bb.
             .n....n."""),      # 3 jump
        t("""..rrrr..
             .rrrrrr.
             .sksskss
             ..sssss.
             s.rbbr.s
             ..bbbb..
             ..b..b..
             ..n..n.."""),      # 4 hurt
        t("""........
             ........
             ...gg...
             ..gggg..
             .gwkgwk.
             .gggggg.
             gggggggg
             .GGGGGG."""),      # 5 slime
        t("""........
             ........
             ........
             ..gggg..
             .gwkgwkg
             gggggggg
             gggggggg
             GGGGGGGG"""),      # 6 slime, squeezed
        t("""........
             ........
             ........
             ........
             ........
             ..gggg..
             .gkggkg.
             GGGGGGGG"""),      # 7 slime, flattened
        t("""...w....
             ...w....
             .......w
             ww...www
             .......w
             ...w....
             ...w....
             ........"""),      # 8 sparkle
    ]
    return sheet(frames, 9, 8)


def make_tilemap():
    px = platform_tiles()
    write_bmp(os.path.join(ROOT, "tilemap", "tiles.bmp"), len(px[0]), len(px), px, TILE_PALETTE, 4)
    px = platform_sprites()
    write_bmp(os.path.join(ROOT, "tilemap", "sprites.bmp"), len(px[0]), len(px), px, SPRITE_PALETTE, 4)



# ---------------------------------------------------------------- blocks
# cells.bmp: 3x3 cells, shown at Group scale 2. Each colour owns three palette entries
# (light, main, dark), so the game recolours every cell of a kind by editing its palette.
BLOCK_BASE = (0x30D0F0, 0xF0D030, 0xB050F0, 0xF09030, 0x3070F0, 0x40D050, 0xF04040)


def shade(color, f):
    r, g, b = color >> 16, (color >> 8) & 255, color & 255
    if f > 1:
        r, g, b = (min(255, int(c + (255 - c) * (f - 1))) for c in (r, g, b))
    else:
        r, g, b = (int(c * f) for c in (r, g, b))
    return (r << 16) | (g << 8) | b


def block_cells():
    palette = [0x101020, 0x282848]                     # 0 well, 1 well dot
    for c in BLOCK_BASE:                               # 2..22 light/main/dark per colour
        palette += [shade(c, 1.5), c, shade(c, 0.55)]
    palette += [0x8080A0, 0x101020]                    # 23 ghost edge, 24 ghost inside
    palette += [0xFFFFFF, 0xE0E0FF, 0xA0A0C0]          # 25..27 flashing line
    palette += [0xA0A0A0, 0x707070, 0x404040]          # 28..30 dead cells
    bevel = ((0, 0, 1), (0, 1, 2), (1, 2, 2))          # light, main, dark
    cells = [[[0, 0, 0], [0, 1, 0], [0, 0, 0]]]        # 0 empty
    for k in range(7):                                 # 1..7 the pieces
        cells.append([[2 + 3 * k + v for v in row] for row in bevel])
    cells.append([[23, 23, 23], [23, 24, 23], [23, 23, 23]])   # 8 ghost
    cells.append([[25 + v for v in row] for row in bevel])     # 9 flash
    cells.append([[28 + v for v in row] for row in bevel])     # 10 dead
    width = 3 * len(cells)
    px = [[0] * width for _ in range(3)]
    for i, cell in enumerate(cells):
        for y in range(3):
            for x in range(3):
                px[y][3 * i + x] = cell[y][x]
    return px, palette


def make_blocks():
    px, palette = block_cells()
    write_bmp(os.path.join(ROOT, "blocks", "cells.bmp"), len(px[0]), len(px), px, palette, 8)



# ---------------------------------------------------------------- shooter
# sprites.bmp: one sheet of 8x8 frames shared by every sprite of the game.
SHOOTER_PALETTE = [
    0xFF00FF,  # 0 . clear
    0xFFFFFF,  # 1 w white
    0x40E0FF,  # 2 c cyan
    0x3070F0,  # 3 b blue
    0x1A3080,  # 4 B dark blue
    0xF03030,  # 5 r red
    0xFF9020,  # 6 o orange
    0xFFE040,  # 7 y yellow
    0x50E050,  # 8 g green
    0x207830,  # 9 G dark green
    0xC060F0,  # 10 p purple
    0x6A2A90,  # 11 P dark purple
    0xA0A0B0,  # 12 k grey
    0xFF60C0,  # 13 m pink
]
SHOOTER_LEGEND = {c: i for i, c in enumerate(".wcbBroygGpPkm")}


def shooter_sprites():
    t = lambda s: parse(art(s), SHOOTER_LEGEND)
    frames = [
        t(""".cc.....
             ..bcc...
             obbbccc.
             ybbbbbcw
             ybbbbbcw
             obbbccc.
             ..bcc...
             .cc....."""),      # 0 ship
        t(""".cc.....
             ..bcc...
             ybbbccc.
             rbbbbbcw
             rbbbbbcw
             ybbbccc.
             ..bcc...
             .cc....."""),      # 1 ship, other flame
        t("""........
             ........
             ........
             .oyyww..
             .oyyww..
             ........
             ........
             ........"""),      # 2 shot
        t("""...pp...
             ..pppp..
             .pwpppw.
             pppppppp
             .PPPPPP.
             ..P..P..
             ........
             ........"""),      # 3 saucer
        t("""...pp...
             ..pppp..
             .ppwppp.
             pppppppp
             .PPPPPP.
             ..P..P..
             ........
             ........"""),      # 4 saucer, lights moved
        t("""......g.
             ....ggG.
             ..ggggG.
             gggrgGG.
             gggrgGG.
             ..ggggG.
             ....ggG.
             ......g."""),      # 5 dart
        t("""..rrrr..
             .roooor.
             rooyyoor
             royyyyor
             royyyyor
             rooyyoor
             .roooor.
             ..rrrr.."""),      # 6 bomber
        t("""........
             ........
             ...rr...
             ..rmmr..
             ..rmmr..
             ...rr...
             ........
             ........"""),      # 7 enemy shot
        t("""........
             ........
             ...yy...
             ..yooy..
             ..yooy..
             ...yy...
             ........
             ........"""),      # 8 explosion
        t("""...y....
             .y.oo.y.
             ..oyyo..
             .oyrryo.
             .oyrryo.
             ..oyyo..
             .y.oo.y.
             ....y..."""),      # 9 explosion
        t("""y......y
             ..r..r..
             .r....r.
             ...kk...
             ...kk...
             .r....r.
             ..r..r..
             y......y"""),      # 10 explosion
        t("""..cccc..
             .cwwwwc.
             cwbbbbwc
             cwbwwbwc
             cwbwwbwc
             cwbbbbwc
             .cwwwwc.
             ..cccc.."""),      # 11 power-up
    ]
    return sheet(frames, 12, 8)


def make_shooter():
    px = shooter_sprites()
    write_bmp(os.path.join(ROOT, "shooter", "sprites.bmp"), len(px[0]), len(px), px, SHOOTER_PALETTE, 4)


if __name__ == "__main__":
    make_snake()
    make_tilemap()
    make_blocks()
    make_shooter()
