# bool is a subclass of int.
print(True + True, True * 10, -True, ~True, ~False, True / 2, True // 1)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__)
print(True == 1, False == 0, True is True, isinstance(False, int), int(True), float(False))
print(str(True), repr(False), bool('False'), bool(0.0), bool(-1))
print(sum([True, False, True]), [1, 2, 3][True], {True: 'y'}[1])
print(True > False, max(True, 0), sorted([True, False, 0, 1]))
print(not None, True and 5, False or 'x', 3 if True else 4)
