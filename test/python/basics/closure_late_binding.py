# Closures made in a loop see the loop variable's final value unless bound by a default.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
fs = []
for j in range(3):
    def show():
        return j
    fs.append(show)
print([f() for f in fs])
def make(k):
    return lambda: k
print([make(k)() for k in range(3)])
