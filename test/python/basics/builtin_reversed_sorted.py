# reversed and sorted over different iterables.
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))))
print(''.join(reversed('hello')), list(reversed({'a': 1, 'b': 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()))
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted(x % 5 for x in range(8)))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
