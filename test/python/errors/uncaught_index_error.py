# An uncaught IndexError from a list index, in CircuitPython's wording.
items = [1, 2, 3]
for i in range(4):
    print(items[i])
