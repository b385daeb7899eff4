# Iterating over a list while changing it follows the current index.
a = [1, 2, 3]
seen = []
for x in a:
    seen.append(x)
    if x == 1:
        a.append(4)
print(seen, a)
b = [1, 2, 3, 4, 5]
out = []
for x in b:
    out.append(x)
    if x == 2:
        b.remove(x)
print(out, b)
c = [0, 1, 2]
for i, v in enumerate(c):
    c[i] = v * 10
print(c)
