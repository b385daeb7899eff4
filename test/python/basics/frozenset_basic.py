# frozenset is immutable and hashable.
f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), 2 in f)
print(type(f | {9}).__name__, sorted(f | {9}), type({9} | f).__name__)
print(sorted(f & {1, 5}), sorted(f - {1}))
d = {f: 'key'}
print(d[frozenset({1, 2, 3})])
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(frozenset() == set(), frozenset(), frozenset({5}))
print({frozenset({1}), frozenset({1})} == {frozenset({1})})
print(hasattr(f, 'add'))
