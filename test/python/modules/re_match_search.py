# re.match and re.search with groups, in the subset CircuitPython supports.
import re
m = re.match(r'(\w+) (\d+)', 'level 42 done')
print(m.group(0), m.group(1), m.group(2), m.groups())
print(re.match(r'\d+', 'abc 123'), re.search(r'\d+', 'abc 123').group(0))
s = re.search(r'([a-z]+)@([a-z]+)\.com', 'mail bob@example.com now')
print(s.group(1), s.group(2))
print(re.match(r'^a.c$', 'abc') is not None, re.match(r'^a.c$', 'abcd'))
print(re.search(r'x*', 'aaa').group(0) == '', re.match(r'a|b', 'b').group(0))
print(re.match(r'(?:ab)+', 'ababx').group(0), re.match(r'[^0-9]+', 'ab1').group(0))
print(re.match(r'\s*(\S+)\s*', '   word  ').group(1))
