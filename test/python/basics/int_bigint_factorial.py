# Arbitrary precision: factorials and powers of two.
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(2 ** 200)
print(len(str(2 ** 1000)))
print(sum(int(c) for c in str(2 ** 100)))
n = 1
for i in range(50):
    n = n * 3 + 1
print(n)
