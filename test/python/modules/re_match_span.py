# Match positions: start, end and span, for the whole match and for groups.
import re
m = re.search(r'(b+)', 'aabbbcc')
print(m.start(), m.end(), m.span(), m.start(1), m.end(1), m.span(1))
m = re.match(r'(a)(x)?(c)', 'ac')
print(m.span(), m.span(3), m.group(2))
m = re.search(r'\d+', 'room 404 here')
print(m.start(), m.end(), 'room 404 here'[m.start():m.end()])
m = re.search(r'', 'abc')
print(m.span())
