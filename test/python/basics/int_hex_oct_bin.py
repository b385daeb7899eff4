# hex(), oct() and bin() of positive, negative and big ints.
for n in (0, 1, 10, 255, -255, 2 ** 65):
    print(hex(n), oct(n), bin(n))
print(hex(-1), bin(-8))
print(format(255, 'x'), format(255, 'o'), format(255, 'b'))
print(format(255, '#x'), format(255, '#o'), format(255, '#b'))
