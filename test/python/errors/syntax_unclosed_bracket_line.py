# A syntax error on a later line of the file.
values = [1, 2, 3]
total = 0
for v in values:
    total += v
print(total))
