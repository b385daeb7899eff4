# User-defined exceptions with args and __str__.
class AppError(Exception):
    pass
class CodeError(AppError):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code
    def __str__(self):
        return 'E%d: %s' % self.args
try:
    raise CodeError(42, 'bad thing')
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(str(e)))
e = AppError('one')
print(e, e.args, repr(e))
e2 = AppError('a', 2)
print(e2, e2.args)
print(str(AppError()), AppError().args, repr(AppError()))
class Plain(ValueError):
    def __init__(self, value):
        self.value = value
p = Plain(5)
print(p.value, p.args, isinstance(p, ValueError))
