# os.listdir and os.stat on a fixed folder beside the test.
import os
print(sorted(os.listdir('os_dir')))
st = os.stat('os_dir/abc.txt')
print(st[6], len(st))
print(os.stat('os_dir')[0] & 0o170000 == 0o040000, st[0] & 0o170000 == 0o100000)
try:
    os.stat('os_dir/missing')
except OSError as e:
    print('OSError', e.errno)
print(os.sep)
