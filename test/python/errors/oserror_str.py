# cpydiff: OSError with an errno prints "[Errno N] text" in CircuitPython's words (reference/console-and-errors.md)
for n in (2, 13, 17, 22, 30, 11):
    e = OSError(n)
    print(e.errno, e)
try:
    open('missing_file_for_oserror.txt')
except OSError as e:
    print(type(e).__name__, e.errno)
