# cpydiff: int() and float() parse errors use CircuitPython's wording (reference/console-and-errors.md)
for text in ('abc', '', '1.5'):
    try:
        int(text)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('g', 16)
except ValueError as e:
    print(type(e).__name__, e)
try:
    float('x')
except ValueError as e:
    print(type(e).__name__, e)
