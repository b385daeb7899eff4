# cpydiff: ZeroDivisionError always says "division by zero" (reference/console-and-errors.md)
def show(text, f):
    try:
        f()
    except Exception as e:
        print(text, '->', type(e).__name__, e)
show('1 / 0', lambda: 1 / 0)
show('1 // 0', lambda: 1 // 0)
show('1 % 0', lambda: 1 % 0)
show('1.0 / 0', lambda: 1.0 / 0)
show('1.5 // 0.0', lambda: 1.5 // 0.0)
show('5.0 % 0', lambda: 5.0 % 0)
show('divmod(1, 0)', lambda: divmod(1, 0))
show('2 ** 70 // 0', lambda: 2 ** 70 // 0)
