# min and max with key and default.
print(max(3, 7, 5), min(3, 7, 5), max([1, 9, 2]), min('zebra'))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len))
print(max([], default='empty'), min([], default=None), max([4], default=0))
print(max([(1, 'b'), (1, 'a')]), min([-3, 2, -1], key=abs), max([-3, 2, -1], key=abs))
print(max([1, 3, 3.0], key=lambda x: x), max(3.0, 3), max(3, 3.0))
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
try:
    max([])
except ValueError:
    print('ValueError')
