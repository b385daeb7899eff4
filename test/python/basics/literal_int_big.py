# Big integer literals and their arithmetic.
a = 123456789012345678901234567890
print(a)
print(a + 1)
print(-a)
print(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF)
print(0b1 << 100)
print(type(a).__name__)
print(a // 10**20)
print(a % 1000)
print(99999999999999999999 * 99999999999999999999)
