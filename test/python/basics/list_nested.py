# Nested lists, aliasing and copies.
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
m = [[1, 2], [3, 4]]
print(m[1][0], [row[1] for row in m], len(m))
shallow = m[:]
shallow[0].append(9)
shallow[1] = 'x'
print(m, shallow)
print([[1, [2, [3]]]][0][1][1][0])
print([1, 2] == [1, 2], [1, [2]] < [1, [3]], [1, 2] < [1, 2, 0])
print(list('abc'), list((1, 2)), list(range(3)), list())
