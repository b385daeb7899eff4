# Compiled patterns, re.sub and re.split.
import re
pat = re.compile(r'[0-9]+')
print(pat.match('12ab').group(0), pat.search('ab34').group(0), pat.match('x'))
print(re.sub(r'\s+', ' ', 'a   b \t c'))
print(re.sub(r'(\w+)=(\w+)', r'\2=\1', 'k=v x=y'))
print(re.sub(r'a', lambda m: m.group(0).upper(), 'banana'))
print(re.sub(r'a', 'o', 'banana', 1))
print(re.split(r',\s*', 'a, b,c,   d'))
print(pat.split('a1b22c'), pat.sub('#', 'a1b22c'))
