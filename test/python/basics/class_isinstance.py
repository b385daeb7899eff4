# isinstance and issubclass, including tuples of classes.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, A), issubclass(A, B))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance('s', (int, str)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type), isinstance(b, object))
print(issubclass(int, object), type(b) is B, type(b) == A)
print(isinstance([], (list, tuple)), isinstance((), (list, tuple)), isinstance({}, dict))
