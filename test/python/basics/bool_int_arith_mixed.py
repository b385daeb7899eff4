# An int with a bool in arithmetic is the int operation on 0 or 1; two bools keep &, |, ^ as bool.
# In a function run often enough to be compiled, where these take a shortcut. (Error messages
# are CircuitPython's, tested in errors/: only the exception types are printed here.)
def mix(a, b):
    out = [a + b, a - b, a * b, b - a, a ** 2, a << b, a >> b, a & b, a | b, a ^ b]
    for f in (lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
        try:
            out.append(f())
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError")
    try:
        out.append(a @ b)
    except TypeError as e:
        out.append("TypeError " + str("'bool'" in str(e)))
    t = a
    t += b
    t -= b
    t *= b
    out.append(t)
    return out


count = 0
for i in range(400):
    r = [mix(True, i % 3), mix(i % 3, False), mix(i % 4 - 2, True), mix(True, False), mix(2 ** 60, True)]
    count += i % 5 > 2
    count -= i % 7 == 1
print(r)
print(count, type(True + False).__name__, type(True & True).__name__, type(True & 1).__name__)
