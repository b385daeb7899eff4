# render_block of part of the screen: the grid changes everywhere, but only the block from
# (24, 16) to (100, 70) is redrawn, so the rest still shows the first picture.
import board
import stage

bank = stage.Bank.from_bmp16("bank.bmp")
grid = stage.Grid(bank, 10, 8)
for y in range(8):
    for x in range(10):
        grid.tile(x, y, 3)
game = stage.Stage(board.DISPLAY, 12)
game.layers = [grid]
game.render_block()
for y in range(8):
    for x in range(10):
        grid.tile(x, y, 7 + (x % 2))
game.render_block(24, 16, 100, 70)
