# 1, 1.0 and True are equal and hash equal, so they are the same dict key.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
d2 = {0: 'a', False: 'b', 2.0: 'c', 2: 'd'}
print(d2)
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
print(1.0 in {1: 0}, True in [1])
print(hash(2 ** 70) == hash(float(2 ** 70)))
