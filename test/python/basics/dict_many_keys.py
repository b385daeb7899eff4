# A dict with many keys keeps insertion order through deletions and re-insertions.
d = {}
for i in range(300):
    d['k%d' % i] = i
for i in range(0, 300, 2):
    del d['k%d' % i]
print(len(d), list(d)[:5], list(d)[-3:])
for i in range(0, 10, 2):
    d['k%d' % i] = -i
print(len(d), list(d.items())[-5:])
print(sum(d.values()), 'k1' in d, 'k2' in d, 'k298' in d)
n = {i * 7919 % 1000: i for i in range(1000)}
print(len(n), n[0], n[999])
