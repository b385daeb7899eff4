# Tuple keys of strs of every length kind (empty, 255 and 256 chars, long, non-Latin-1), strs that
# start with NUL or look like an encoded key, and sets and dicts mixing both: equal only when equal.

lengths = [0, 1, 127, 128, 255, 256, 1000]
d = {}
for n in lengths:
    d[('a' * n, n)] = n
    d[('\x00' * n,)] = -n
    d[('é' * n, '\u20ac' * n)] = n * 10
print(len(d))
for k, v in d.items():
    print(len(k), [len(x) if isinstance(x, str) else x for x in k], v, d[k] == v, k in d)
print(('a' * 255 + 'b', 255) in d, ('a' * 256, 255) in d, ('\x00' * 3, 3) in d)

marks = ['\x00', '\x00\x00', '\x00s\x02ab', '\x00i1,', '\x00N', '', 's\x02ab']
e = {}
for i, m in enumerate(marks):
    e[m] = i
    e[(m,)] = -i
e[()] = 'empty'
e[((),)] = 'nested empty'
e[('ab',)] = 'ab'
print(len(e), [e[m] for m in marks], [e[(m,)] for m in marks], e[()], e[((),)], e[('ab',)])
print([repr(k) for k in e])
s = set(marks) | {(m,) for m in marks} | {(), ('ab',)}
print(len(s), all(m in s and (m,) in s for m in marks), '\x00\x00\x00' in s, ('\x00\x00\x00',) in s)
for m in marks:
    del e[m]
print(len(e), sorted(repr(k) for k in e))
