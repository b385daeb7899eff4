# Searching within strings: find, rfind, index, rindex, count, startswith, endswith.
s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.find('cat'), s.rfind('the'), s.rfind('o'))
print(s.index('quick'), s.rindex('o'))
print(s.count('o'), s.count('the'), s.count(''), 'aaaa'.count('aa'))
print(s.startswith('the'), s.startswith('quick', 4), s.endswith('dog'), s.endswith(('cat', 'dog')))
print(s.startswith(('a', 't')), s.find('o', 15, 20), s.find('', 5))
print('abc'.find('c', -1), 'abc'.find('a', -1))
