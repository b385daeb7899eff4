# Assignment expressions (:=).
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
items = iter([3, 2, 1, 0, 9])
while (v := next(items)) != 0:
    print('v', v)
print((z := 10) + z)
def f():
    [w := i for i in range(3)]
    return w
print(f())
