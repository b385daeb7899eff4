# cpydiff: some CPython exception classes do not exist in CircuitPython (reference/console-and-errors.md)
for name in ('RecursionError', 'FileNotFoundError', 'ModuleNotFoundError', 'PermissionError', 'RuntimeError', 'OSError', 'ImportError'):
    try:
        eval(name)
        print(name, 'exists')
    except NameError:
        print(name, 'missing')
