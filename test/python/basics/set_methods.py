# Methods of set.
s = {1, 2}
s.add(3)
s.add(2)
print(sorted(s))
s.update([4, 5], (6,))
print(sorted(s))
s.discard(99)
s.discard(6)
s.remove(5)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
p = s.pop()
print(p in {1, 2, 3, 4}, len(s))
print(sorted({1, 2}.union([3], (4,))), sorted({1, 2, 3}.intersection([2, 3, 4], {3})))
print(sorted({1, 2, 3}.difference({1})), sorted({1, 2}.symmetric_difference({2, 3})))
print({1}.issubset({1, 2}), {1, 2}.issuperset({2}), {1}.isdisjoint({2}), {1}.isdisjoint([1]))
t = {1, 2, 3}
t.intersection_update({2, 3, 4})
t.difference_update({3})
t.symmetric_difference_update({5})
print(sorted(t), sorted(t.copy()))
t.clear()
print(t)
