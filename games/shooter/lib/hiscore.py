# The high score, kept in microcontroller.nvm: a magic byte then a 3-byte big-endian score.
# A fresh board's nvm reads 0xFF everywhere, so a missing magic byte means "no score yet".
import microcontroller

MAGIC = 0xA5


def load(offset):
    nvm = microcontroller.nvm
    if nvm[offset] != MAGIC:
        return 0
    return (nvm[offset + 1] << 16) | (nvm[offset + 2] << 8) | nvm[offset + 3]


def save(offset, score):
    score = min(score, 0xFFFFFF)
    microcontroller.nvm[offset:offset + 4] = bytes((MAGIC, score >> 16, (score >> 8) & 255, score & 255))
