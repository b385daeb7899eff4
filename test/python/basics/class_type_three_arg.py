# type(name, bases, dict) creates classes dynamically.
def hello(self):
    return 'hello from ' + self.name
Dyn = type('Dyn', (), {'name': 'dyn', 'hello': hello, 'n': 1})
d = Dyn()
print(Dyn.__name__, d.hello(), d.n, type(d) is Dyn)
Sub = type('Sub', (Dyn,), {'name': 'sub'})
print(Sub().hello(), issubclass(Sub, Dyn), [c.__name__ for c in Sub.__mro__])
print(type(1).__name__, type('') is str, type(type) is type, type(Dyn).__name__)
