# join of many, one and no parts; replace with texts that look like JS replacement patterns; len and
# indexing of short and long strings with astral characters (surrogate pairs in UTF-16), asked
# again after the string changed; str() of common values.

chars = [chr(97 + i % 26) for i in range(40000)]
joined = ''.join(chars)
print(len(joined), joined[:30], joined[-5:], joined.count('abc'))
print(repr('-'.join([])), repr('-'.join(['x'])), '-'.join(['a', 'b']), ', '.join(('é', 'ñ', '日本')))
lines = ['line %d: %s' % (i, 'é' * (i % 3)) for i in range(9000)]
text = '\n'.join(lines)
print(len(text), text[:20].split('\n'), text.splitlines()[-1])
print('😀'.join(['a', 'b', 'c']), len('😀'.join(['a', 'b', 'c'])), '|'.join('😀x😀'))
print(''.join(map(str, range(12))), '.'.join(str(i) for i in range(5)))
try:
    ''.join(['a', 1])
except TypeError as e:
    print(e)

s = 'a|b|c|$|d'
print(s.replace('|', '$&'), s.replace('|', '$$'), s.replace('|', "$'"), s.replace('|', '$`'), s.replace('|', '$1'))
print(s.replace('$', '[$]'), s.replace('|', ''), s.replace('', '-'), s.replace('|', ',', 2), 'aaa'.replace('a', 'aa'))
print('ñandú ñandú'.replace('ñ', 'n'), '😀😀'.replace('😀', 'x'), 'x😀y'.replace('', '.'))

short = 'a😀b'
long_ascii = 'x' * 100
long_astral = 'y' * 60 + '😀' + 'z' * 60
for t in (short, long_ascii, long_astral, long_astral + 'w', long_ascii[:47] + '😀', 'é' * 70):
    print(len(t), t[0], t[-1], t[len(t) // 2], len(t[10:]), t[::-1][:3], t[-3:])
acc = []
for i in range(len(long_astral)):
    acc.append(long_astral[i])
print(len(acc), acc[60], ''.join(acc) == long_astral)
u = long_ascii
for step in range(3):
    u = u + '😀' if step == 1 else u + 'q'
    print(len(u), u[-1], u[-2])

print(str(12), str(-2 ** 70), str(1.5), str(None), str(True), str((1, 'a')), str([1.0]), str('x'), str(), str(b'ab'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'))
class S(str):
    pass
print(type(str(S('q'))).__name__, repr(S('q')), type(S('q')).__name__)
