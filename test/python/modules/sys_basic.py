# sys attributes that are the same everywhere.
import sys
print(sys.byteorder, sys.version_info[0], type(sys.version_info[1]).__name__)
print(type(sys.path).__name__, type(sys.modules).__name__, type(sys.argv).__name__)
print('sys' in sys.modules, sys.modules['sys'] is sys, '__main__' in sys.modules)
print(sys.stdout.write('written\n'))
print(type(sys.maxsize).__name__, sys.maxsize > 2 ** 30)
print(type(sys.implementation.name).__name__)
