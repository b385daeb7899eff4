# Mixing small and big ints, and big results shrinking back to small ones.
big = 2 ** 70
small = 12345
print(big + small, small - big, big * small)
print(big // small, big % small)
r = big - (big - 7)
print(r, type(r).__name__, r == 7, r + 1)
print((big * 3) // big)
print(big > small, small < big, -big < small)
print(big == 2 ** 70, big != big + 1)
print(abs(-big), max(small, big) == big)
print(hash(2 ** 70 - 2 ** 70 + 5) == hash(5))
d = {5: 'five'}
print(d[big - big + 5])
print(9007199254740993, 9007199254740992 + 1)
print(2 ** 53 + 1 - 2 ** 53)
