# A module body runs once; later imports reuse sys.modules.
import sys
import import_pkg.counter
import import_pkg.counter as again
from import_pkg import counter
print(again is counter)
counter.state.append(1)
from import_pkg.counter import state
print(state)
print('import_pkg.counter' in sys.modules, sys.modules['import_pkg.counter'] is counter)
print('import_pkg' in sys.modules)
