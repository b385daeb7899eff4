# Every augmented assignment operator, on names, attributes and items.
x = 10
x += 5; x -= 3; x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 3; print(x)
x %= 4; print(x)
x **= 3; print(x)
x <<= 2; x >>= 1; print(x)
x &= 0b1100; x |= 1; x ^= 0b11; print(x)
class O:
    n = 1
o = O()
o.n += 1
print(o.n, O.n)
d = {'k': [1]}
d['k'] += [2]
d['k'][0] -= 10
print(d)
s = 'ab'
s *= 3
print(s)
