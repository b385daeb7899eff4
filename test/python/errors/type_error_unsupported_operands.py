# cpydiff: bad operand types name the method and both types (reference/console-and-errors.md)
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 1 + [])
show(lambda: [] - [])
show(lambda: {} * 2.5)
show(lambda: None + 1)
show(lambda: 3 / 'x')
show(lambda: (1,) + [2])
