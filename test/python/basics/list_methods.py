# The methods of list.
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
a.insert(-1, 9)
a.insert(100, 10)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(5)
print(a, a.index(2), a.count(1), a.index(2, 1))
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b)
a += [7]
print(a, len(a))
a *= 2
print(a)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5)
