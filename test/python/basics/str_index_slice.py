# String indexing and slicing with steps and negative indices.
s = 'abcdefghij'
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[::-3])
print(s[8:2:-2], s[-1:-5:-1], s[5:2], s[100:], s[-100:2])
print(s[2:8:3], repr(s[5:5]))
print(s[slice(1, 4)], s[slice(None, None, -2)])
