# str(int) and int(str) agree for large and negative numbers and every base.
for n in (0, 7, -7, 10 ** 18, -10 ** 18, 2 ** 100 + 12345, -(3 ** 80)):
    print(str(n), int(str(n)) == n, int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n)
print(len(str(7 ** 500)), str(7 ** 500)[:20], str(7 ** 500)[-20:])
print(int('1' * 40) % 97, int('-' + '9' * 30) + 1)
