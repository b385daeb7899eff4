# Match positions: start, end and span.
import re
m = re.search(r'(b+)', 'aabbbcc')
print(m.start(), m.end(), m.span(), m.start(1), m.end(1))
