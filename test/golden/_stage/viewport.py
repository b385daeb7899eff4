# A grid wider than the screen seen through the stage's viewport (vx, vy), with a sprite placed
# in grid coordinates, and a block that is partly off the screen clamped to it.
import board
import stage

bank = stage.Bank.from_bmp16("bank.bmp")
grid = stage.Grid(bank, 16, 12)
for y in range(12):
    for x in range(16):
        grid.tile(x, y, 1 + (x * 5 + y) % 15)
sprite = stage.Sprite(bank, 6, 100, 60, rotation=1)
game = stage.Stage(board.DISPLAY, 12)
game.layers = [sprite, grid]
game.vx = 37
game.vy = 21
game.render_block()
game.render_block(-40, -40, 30, 30)
