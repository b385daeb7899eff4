# Definitions inside if/try blocks and conditional imports.
try:
    import nonexistent_optional_module as opt
except ImportError:
    opt = None
print(opt)
DEBUG = False
if DEBUG:
    def log(msg):
        return 'debug: ' + msg
else:
    def log(msg):
        return msg
print(log('x'))
for i in range(2):
    def f(n=i):
        return n
print(f())
if True:
    class C:
        kind = 'conditional'
print(C.kind)
