# Comparing floats with ints too big for a float, in both orders and every operator.
big = 10 ** 400
for a, b in ((0.5, big), (big, 0.5), (-0.5, -big), (1e308, big), (float('inf'), big), (2.0 ** 60, 2 ** 60)):
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print(max(0.5, big) == big, sorted([big, 1.5, -big])[0] == -big)
