# Operators on strings: +, *, in, comparisons, len.
a = 'abc'
print(a + 'def', a * 3, 3 * a, a * 0, a * -1 == '')
print('b' in a, 'bc' in a, 'x' in a, '' in a, 'ac' not in a)
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'abc' == 'abc', 'a' != 'b')
print(len(a), len(''), len('a\nb'))
print(sorted(['banana', 'Apple', 'cherry', 'apple']))
print(max('hello'), min('hello'))
s = 'x'
s += 'y'
s *= 2
print(s)
