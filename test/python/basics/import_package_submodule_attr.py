# Importing a submodule binds it as an attribute of its package.
import import_pkg
print(hasattr(import_pkg, 'sub'))
import import_pkg.sub
print(hasattr(import_pkg, 'sub'), import_pkg.sub.NAME)
from import_pkg import inner
print(inner.INNER)
from import_pkg.inner import deep
print(import_pkg.inner.deep is deep)
