# sys.exit ends the program quietly; SystemExit can be caught.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print('caught SystemExit', e.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
def cleanup():
    try:
        sys.exit()
    finally:
        print('finally runs')
cleanup()
print('never printed')
