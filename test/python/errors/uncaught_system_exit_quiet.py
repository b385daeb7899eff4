# sys.exit() ends the program with no traceback and exit status 0.
import sys
print('before exit')
sys.exit()
print('never')
