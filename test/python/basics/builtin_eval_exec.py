# eval, exec and compile.
print(eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'))
print(eval('a + b', {'a': 1, 'b': 2}), eval('a', {}, {'a': 'local'}))
ns = {}
exec('x = 5\ndef f():\n    return x * 2\n', ns)
print(ns['x'], ns['f']())
exec('print("exec printed")')
code = compile('3 ** 2', '<expr>', 'eval')
print(eval(code))
stmts = compile('y = 7\nprint("compiled", y)', '<stmts>', 'exec')
g = {}
exec(stmts, g)
print(g['y'])
z = 100
print(eval('z + 1'))
try:
    eval('1 +')
except SyntaxError:
    print('SyntaxError')
print(exec('1'))
