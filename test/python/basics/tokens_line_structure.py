# Physical and logical lines: backslash continuation, brackets, semicolons, comments, one-line blocks.
total = 1 + \
    2 + \
    3
print(total)
values = [1,
          2,  # a comment inside brackets
    3]
print(values)
a = 1; b = 2; print(a + b)
if a: print('one-line if')
for i in range(2): print('loop', i)
while False: pass
def short(): return 'short'
class Tiny: x = 1
print(short(), Tiny.x)
s = ('implicit '
     "joining "  # comment between parts
     'works')
print(s)
x = {'k':
     'v'}
print(x)   # trailing comment
# a comment line at the end
