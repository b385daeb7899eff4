# int() from strings in various bases.
print(int('42'), int('  -42  '), int('+7'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('101', 2), int('0b101', 0), int('0o17', 0), int('17', 8))
print(int('z', 36), int('10', 36))
print(int('123456789012345678901234567890'))
print(int('-0'), int('0'))
print(int('1_000'))
print(int(), int(True))
