# Three levels of closures with nonlocal and shared cells.
def level1():
    a = 1
    def level2():
        b = 10
        def level3():
            nonlocal a, b
            a += 1
            b += 1
            return a + b
        return level3
    f = level2()
    g = level2()
    return f(), f(), g(), a
print(level1())
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
set_(42)
print(get())
def loop_cells():
    fs = []
    for i in range(3):
        def make(i=i):
            total = i
            def add(n):
                nonlocal total
                total += n
                return total
            return add
        fs.append(make())
    return [f(100) for f in fs] + [fs[0](1)]
print(loop_cells())
