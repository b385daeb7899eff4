# open(): write a file, then read it back in several ways.
f = open('open_write_read.tmp', 'w')
print(f.write('line one\n'), f.write('line two\nline three'))
f.close()
f = open('open_write_read.tmp')
print(repr(f.read()))
f.close()
with open('open_write_read.tmp', 'r') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open('open_write_read.tmp') as f:
    print(f.readlines())
with open('open_write_read.tmp') as f:
    for line in f:
        print(line.rstrip())
with open('open_write_read.tmp') as f:
    print(repr(f.read(4)), repr(f.read(4)))
print(f.closed)
