# break and continue in nested loops affect only the innermost loop.
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print('found', found)
count = 0
for a in range(4):
    while True:
        count += 1
        if count % 3 == 0:
            break
print(count)
