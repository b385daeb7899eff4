# pidigits: digits of pi from a streaming spigot, all big-integer arithmetic.


def pi_digits(count):
    digits = []
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


ds = pi_digits(5000)
text = "".join([str(d) for d in ds])
for i in range(0, len(text), 50):
    print(text[i:i + 50])
