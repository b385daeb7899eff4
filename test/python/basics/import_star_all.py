# from module import * honours __all__.
from import_pkg.star import *
print(public, also_public)
try:
    not_listed
except NameError:
    print('not_listed is not imported')
try:
    _private
except NameError:
    print('_private is not imported')
import import_pkg.star as m
print(m.not_listed, m._private, m.__all__)
