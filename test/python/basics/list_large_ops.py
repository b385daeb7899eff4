# Larger lists: building, sorting, slicing and searching.
a = [(i * 7919) % 10007 for i in range(5000)]
print(len(a), a[:5], sum(a))
b = sorted(a)
print(b[:5], b[-5:], b == sorted(b))
a.sort(reverse=True)
print(a[:3], a.index(b[0]))
print(len(a[::7]), a[100:105], a[-3:])
c = a * 2
del c[::2]
print(len(c), c[:3])
print(max(a), min(a), a.count(a[0]))
