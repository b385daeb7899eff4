# splitlines with and without keepends.
s = 'one\ntwo\r\nthree\rfour\n\nfive'
print(s.splitlines())
print(s.splitlines(True))
print('trailing\n'.splitlines(), ''.splitlines(), '\n'.splitlines())
print('a\x0bb\x0cc'.splitlines())
