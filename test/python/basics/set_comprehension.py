# Set comprehensions and set literal display.
print(sorted({x % 3 for x in range(10)}))
print(sorted({c.upper() for c in 'banana'}))
print({x for x in []} == set(), type({1}).__name__, type({}).__name__)
print(sorted({(x, y) for x in range(2) for y in range(2) if x != y}))
print(len({*'abc', *'cde'}))
