# cpydiff: ZeroDivisionError always says "division by zero" (reference/console-and-errors.md)
for expr in ('1 / 0', '1 // 0', '1 % 0', '1.0 / 0', '1.5 // 0.0', '5.0 % 0', 'divmod(1, 0)', '2 ** 70 // 0'):
    try:
        eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
