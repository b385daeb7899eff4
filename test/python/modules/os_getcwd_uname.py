# cpydiff: the working directory is the drive root '/', and os.uname() names the board (reference/console-and-errors.md)
import os
print(os.getcwd())
u = os.uname()
print(u.machine.startswith('Adafruit Pybadge'), type(u.sysname).__name__, type(u.release).__name__)
os.chdir('os_dir')
print(os.getcwd(), sorted(os.listdir()))
os.chdir('/')
print(os.getcwd())
