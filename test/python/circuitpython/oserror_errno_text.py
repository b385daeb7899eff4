# cpydiff: OSError built with an errno prints CircuitPython's errno text (reference/console-and-errors.md)
try:
    raise OSError(28)
except OSError as e:
    print(e)
print(str(OSError(19)))
