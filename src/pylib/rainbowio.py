# rainbowio: colorwheel(n), the hue wheel of the Adafruit examples as the board's firmware computes
# it: n wraps at 256, each third of the wheel fades one channel into the next, p = int(3 * pos)
# capped at 255. reference: runtime-modules.md (rainbowio).


def colorwheel(n):
    pos = float(n)
    k = pos / 256
    if k > 0:
        pos -= int(k) * 256
    if pos < 85:
        s1, s2 = 8, 16
    elif pos < 170:
        pos -= 85
        s1, s2 = 0, 8
    else:
        pos -= 170
        s1, s2 = 16, 0
    p = int(pos * 3)
    if p > 255:
        p = 255
    v = ((p << s1) | ((255 - p) << s2)) & 0xFFFFFFFF
    return v - 0x100000000 if v & 0x80000000 else v
