# atexit: CircuitPython runs the registered functions when code.py ends; this runtime keeps the
# list (last registered runs first) so unregister and a program's own callers behave.

_handlers = []


def register(func, *args, **kwargs):
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        func(*args, **kwargs)
