# Floor division and modulo on floats follow the divisor's sign.
for a in (7.5, -7.5):
    for b in (2.0, -2.0):
        print(a, b, a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(5 % 2.5, 5.0 // 0.5)
print(-0.0 % 5, 3 % -1.5)
print(1e20 % 7.0)
