# Floor division and modulo of long ints (thousands of bits) whose quotient is short, in every sign
# combination, next to exact multiples and quotients of 0, 1 and about 2**40; and bit_length near
# powers of two of every size.

def check(a, b):
    q, r = a // b, a % b
    assert q * b + r == a, (a, b)
    assert (r == 0) or ((r < 0) == (b < 0)), (a, b)
    assert abs(r) < abs(b)
    assert divmod(a, b) == (q, r)
    return q, r % 1000003


def seq(n, seed):
    x = seed
    out = 0
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        out = (out << 64) | x
    return out


for bits in (4000, 4095, 4096, 4097, 5000, 70000):
    b = seq(bits // 64 + 1, bits) >> (64 - bits % 64 if bits % 64 else 0)
    b |= 1 << (bits - 1)
    for a in (b * 7, b * 7 - 1, b * 7 + 1, b - 1, b, b + 1, 0, 1, b * (2 ** 40) + 12345, b * (2 ** 41) - 3,
              (b << 39) + b // 3, 2 ** (bits - 1) * 3, b * 10 ** 9):
        for sa in (1, -1):
            for sb in (1, -1):
                print(bits, check(sa * a, sb * b))
    for d in ((1 << bits) - 1, 1 << bits, (1 << bits) + 1):
        print(bits, check(d * 5 + 4, d), check(-d * 5, d), check(d * 5, -d))

for k in (52, 53, 54, 63, 64, 65, 1023, 1024, 1025, 2000, 4095, 4096, 9000, 70000, 200000, 3000, 60):
    for v in ((1 << k) - 1, 1 << k, (1 << k) + 1):
        print(k, v.bit_length(), (-v).bit_length())

# A pi-digit spigot step, the loop this speeds up.
q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
digits = []
while len(digits) < 600:
    if 4 * q + r - t < n * t:
        digits.append(n)
        q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
    else:
        q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
print(''.join(map(str, digits)))
