# return values: none, multiple, early returns.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, 'two', [3]
def early(x):
    if x:
        return 'early'
    return 'late'
print(nothing(), bare(), multi(), early(1), early(0))
a, b, c = multi()
print(a, b, c)
def in_loop():
    for i in range(10):
        if i == 3:
            return i
print(in_loop())
