# next() needs an iterator; iter() needs an iterable.
try:
    next([1, 2])
except TypeError:
    print('TypeError next on list')
try:
    iter(5)
except TypeError:
    print('TypeError iter on int')
try:
    for x in 3.5:
        pass
except TypeError:
    print('TypeError for over float')
it = iter([1])
print(next(it), next(it, None))
class NotIter:
    def __iter__(self):
        return 42
try:
    iter(NotIter())
except TypeError:
    print('TypeError __iter__ returned non-iterator')
