# Adjacent string literals are concatenated at compile time.
s = 'a' 'b' "c"
print(s)
print('x' f'{1+1}' 'y')
t = ('first '
     'second '
     'third')
print(t)
print(b'ab' b'cd')
print(r'\n' '\t' == '\\n\t')
print(len('abc' 'def'))
