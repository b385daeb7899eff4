# Float repr is the shortest string that round-trips.
for x in (0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1.1 * 3, 100.0, 1e16, 1.5e16, 1e-5, 0.0001, 123456789012.5):
    print(repr(x), str(x))
print(1e21, 1e-7, 12345678901234567890.0)
print(5e-324, 1.7976931348623157e308)
print(-0.0, 2.0 ** 0.5)
print([0.1, 1.0, -2.5])
