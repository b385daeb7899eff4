# Subclassing list, dict, int, str and Exception.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
class Default(dict):
    def __missing__(self, key):
        return 'no ' + key
d = Default(a='x')
print(d['a'], d['b'], d, len(d))
class Money(int):
    def __str__(self):
        return '$%d' % int(self)
m = Money(5)
print(m, m + 1, type(m + 1).__name__, m == 5, repr(m))
class Name(str):
    def shout(self):
        return self.upper() + '!'
print(Name('bob').shout(), Name('x') + 'y', len(Name('abc')))
class MyError(Exception):
    pass
try:
    raise MyError('custom', 1)
except Exception as e:
    print(type(e).__name__, e.args)
