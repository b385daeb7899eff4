"""Builds stage.FONT, the 2048-byte 8x8 font of ports/*/frozen/stage.py, from the Terminus
6x12 glyphs in assets/fonts (SIL OFL 1.1, see assets/fonts/LICENSE).

Each character keeps 8 of the 10 rows of Terminus from cap top to descender bottom (see
squash). Glyph pixels are colour 3; colour 1 is a
shadow to the right and below, so text reads on any background. Run:
python3 displayio/_stage/make-font.py, then put the printed FONT = (...) into ports/*/frozen/stage.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
font = json.load(open(os.path.join(HERE, '..', '..', 'assets', 'fonts', 'terminus-6x12.json')))
bits = [bin(int(r, 16))[2:].zfill(len(r) * 4) for r in font['rows']]


def glyph(ch):
    i = ord(ch) - 32
    return [[bits[y][i * 6 + x] == '1' for x in range(6)] for y in range(12)]


def squash(g):
    """Rows 2-11 of the Terminus cell (caps 2-9, descenders 10-11) less the two rows of 3-8
    most like a neighbour: the baseline lands on row 5 and descenders on rows 6-7 for every
    character."""
    rows = list(range(2, 12))
    for _ in range(2):
        best, score = None, None
        for i, r in enumerate(rows):
            if not 3 <= r <= 8:
                continue
            same = max(sum(a == b for a, b in zip(g[r], g[rows[i - 1]])),
                       sum(a == b for a, b in zip(g[r], g[rows[i + 1]])))
            s = (same == 6, not any(g[r]), same)
            if score is None or s > score:
                best, score = i, s
        del rows[best]
    return [g[r] for r in rows]


out = bytearray(2048)
for code in range(33, 127):
    g = squash(glyph(chr(code)))
    px = [[0] * 8 for _ in range(8)]
    for y in range(8):
        for x in range(6):
            if g[y][x]:
                px[y][x + 1] = 3
    for y in range(8):
        for x in range(8):
            if px[y][x] == 0 and ((x > 0 and px[y][x - 1] == 3) or (y > 0 and px[y - 1][x] == 3)):
                px[y][x] = 1
    for y in range(8):
        for half in range(2):
            b = 0
            for k in range(4):
                b |= px[y][half * 4 + k] << (2 * k)
            out[code * 16 + y * 2 + half] = b

print('FONT = (')
for i in range(0, 2048, 32):
    print('    %r' % bytes(out[i:i + 32]))
print(')')
