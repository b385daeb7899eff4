# Stage at scale 2: an 80x64 stage where every pixel is 2x2 on the display; a sprite moved by
# render_sprites leaves no trail.
import board
import stage

bank = stage.Bank.from_bmp16("bank.bmp")
grid = stage.Grid(bank, 5, 4)
for y in range(4):
    for x in range(5):
        grid.tile(x, y, 10 + (x + y) % 4)
sprite = stage.Sprite(bank, 1, 10, 10)
game = stage.Stage(board.DISPLAY, 12, scale=2)
game.layers = [sprite, grid]
game.render_block()
for i in range(5):
    sprite.move(sprite.x + 7, sprite.y + 4)
    game.render_sprites([sprite])
print(game.width, game.height)
