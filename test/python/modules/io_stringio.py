# io.StringIO as an in-memory text file.
import io
s = io.StringIO()
print(s.write('hello '), s.write('world\nsecond line'))
print(repr(s.getvalue()))
r = io.StringIO('line1\nline2\nline3')
print(repr(r.readline()), repr(r.read(3)), repr(r.read()))
r.seek(0)
print(r.read(5))
print(list(io.StringIO('a\nb\n')))
with io.StringIO('ctx') as c:
    print(c.read())
