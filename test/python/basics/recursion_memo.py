# Recursion with a memo dict, and recursion over nested data.
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in memo:
        memo[key] = paths(r - 1, c) + paths(r, c - 1)
    return memo[key]
print(paths(2, 2), paths(10, 10), paths(16, 16), len(memo))
def depth(tree):
    if not isinstance(tree, list):
        return 0
    return 1 + max((depth(t) for t in tree), default=0)
print(depth([1, [2, [3, [4]], []]]), depth([]), depth(5))
def total(tree):
    return sum(total(t) for t in tree) if isinstance(tree, list) else tree
print(total([1, [2, 3, [4, [5]]], 6]))
def walk(n, acc):
    if n == 0:
        return acc
    return walk(n - 1, acc + [n])
print(len(walk(150, [])), walk(3, []))
