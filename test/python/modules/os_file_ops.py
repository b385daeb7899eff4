# os.mkdir, rename, remove and rmdir inside the program's folder.
import os
name = 'os_file_ops_dir.tmp'
if name in os.listdir('.'):
    for f in os.listdir(name):
        os.remove(name + '/' + f)
    os.rmdir(name)
os.mkdir(name)
with open(name + '/a.txt', 'w') as f:
    f.write('hi')
print(os.listdir(name))
os.rename(name + '/a.txt', name + '/b.txt')
print(os.listdir(name))
try:
    os.mkdir(name)
except OSError as e:
    print('OSError', e.errno)
os.remove(name + '/b.txt')
print(os.listdir(name))
os.rmdir(name)
print(name in os.listdir('.'))
