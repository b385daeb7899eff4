# Sets with many members.
s = set(range(0, 1000, 3))
t = set(range(0, 1000, 5))
print(len(s), len(t), len(s & t), len(s | t), len(s - t), len(s ^ t))
print(sorted(s & t)[:5], max(s | t), 999 in s, 995 in t)
for i in range(0, 1000, 6):
    s.discard(i)
print(len(s), sorted(s)[:4])
words = {w for w in 'the quick brown fox jumps over the lazy dog the end'.split()}
print(len(words), sorted(words))
