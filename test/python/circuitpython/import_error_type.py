# cpydiff: a missing module raises ImportError itself, not ModuleNotFoundError (reference/console-and-errors.md)
try:
    import definitely_not_a_module
except ImportError as e:
    print(type(e).__name__)
try:
    from also_not_a_module import thing
except ImportError as e:
    print(type(e).__name__)
