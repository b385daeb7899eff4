# Without __all__, import * skips names starting with an underscore.
from import_pkg.nostar import *
print(visible, visible_func())
try:
    _hidden
except NameError:
    print('_hidden is not imported')
