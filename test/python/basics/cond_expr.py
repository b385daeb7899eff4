# Conditional expressions and short-circuit boolean operators.
x = 5
print('big' if x > 3 else 'small', 'big' if x > 10 else 'small')
print(1 if x else 2 if x > 100 else 3)
print(0 or 'default', 'value' or 'default', 0 and 'x', 1 and 'x', None or 0)
print(not 0, not 'a', not not [])
def side(v):
    print('eval', v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print([] or {} or 'last')
print((lambda v: 'neg' if v < 0 else 'pos')(-1))
