# cpydiff: a missing module raises ImportError "no module named 'x'" (reference/console-and-errors.md)
try:
    import not_a_real_module
except ImportError as e:
    print(type(e).__name__, e)
