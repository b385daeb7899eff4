# A 10x8 grid of the bank's tiles under eight sprites of tile 1, one per rotation 0-7 (the
# mark in the tile's top-left corner shows where each turn puts it); tile 1 has transparent
# pixels (colour 0, magenta) through which the grid shows.
import board
import stage

bank = stage.Bank.from_bmp16("bank.bmp")
grid = stage.Grid(bank, 10, 8)
for y in range(8):
    for x in range(10):
        grid.tile(x, y, (x + y * 3) % 16)
sprites = [stage.Sprite(bank, 1, 4 + 20 * r, 40 + (r % 2) * 30, rotation=r) for r in range(8)]
game = stage.Stage(board.DISPLAY, 12)
game.layers = sprites + [grid]
game.render_block()
