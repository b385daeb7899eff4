# cpydiff: some CPython exception classes do not exist in CircuitPython (reference/console-and-errors.md)
def exists(name, get):
    try:
        get()
        print(name, 'exists')
    except NameError:
        print(name, 'missing')
exists('RecursionError', lambda: RecursionError)
exists('FileNotFoundError', lambda: FileNotFoundError)
exists('ModuleNotFoundError', lambda: ModuleNotFoundError)
exists('PermissionError', lambda: PermissionError)
exists('RuntimeError', lambda: RuntimeError)
exists('OSError', lambda: OSError)
exists('ImportError', lambda: ImportError)
