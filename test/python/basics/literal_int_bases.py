# Integer literals in every base, with upper and lower case prefixes.
print(0b1011, 0B1011)
print(0o17, 0O17)
print(0x1f, 0XFF, 0xdeadBEEF)
print(0, 00, 000)
print(-0x10, +0b1)
print(0b0, 0o0, 0x0)
print(0xFFFFFFFF, 0x100000000)
print(type(0x10).__name__)
