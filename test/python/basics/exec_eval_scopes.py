# exec and eval with separate globals and locals dictionaries.
g = {'base': 10}
l = {}
exec('result = base * 2\nother = result + 1', g, l)
print(sorted(l.items()), 'result' in g)
print(eval('x * y', {'x': 3}, {'y': 4}))
code = 'def sq(n):\n    return n * n\nvalues = [sq(i) for i in range(4)]'
ns = {}
exec(code, ns)
print(ns['values'], ns['sq'](9))
counter = 0
exec('counter += 5')
print(counter)
print(eval('len(s)', {'s': 'abcd'}))
