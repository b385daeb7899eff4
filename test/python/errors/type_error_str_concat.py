# cpydiff: str + non-str says "can't convert 'int' object to str implicitly" (reference/console-and-errors.md)
try:
    'score: ' + 10
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x' + None
except TypeError as e:
    print(type(e).__name__, e)
