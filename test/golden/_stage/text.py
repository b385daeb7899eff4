# Text over a grid: plain and highlighted characters, wrapping at the layer's width, and a
# second text layer moved by pixels; char() reads back what was written.
import board
import stage

bank = stage.Bank.from_bmp16("bank.bmp")
grid = stage.Grid(bank, 10, 8)
for y in range(8):
    for x in range(10):
        grid.tile(x, y, 4 if (x + y) % 2 else 9)
text = stage.Text(20, 4)
text.move(0, 8)
size = text.text("Hello, stage!\n")
text.text("HIGH", True)
text.text(" 0123456789 wraps around!")
small = stage.Text(6, 1)
small.move(83, 101)
small.text("xyz{}")
game = stage.Stage(board.DISPLAY, 12)
game.layers = [small, text, grid]
game.render_block()
print(size, text.char(0, 1), text.char(30, 0))
