# cpydiff: small ints are not objects, so `is` compares them by value (reference/runtime-modules.md)
x = -16
print(x is -16)
a = 1000
b = int('1000')
print(a is b, a == b)
c = 12345 * 3
d = 37035
print(c is d)
big = 2 ** 20 + 1
other = int(str(big))
print(big is other)
print([n for n in range(500, 503)][0] is 500)
