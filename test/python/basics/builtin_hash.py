# hash is equal for equal numbers and for equal immutable containers.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(2 ** 40) == hash(2.0 ** 40), hash(-7) == hash(-7.0))
print(hash('abc') == hash('ab' + 'c'), hash((1, 'a')) == hash((1, 'a')))
print(hash(None) == hash(None), type(hash('x')).__name__)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
print(hash(5) == hash(5.0), hash(-3) == hash(-3.0))
