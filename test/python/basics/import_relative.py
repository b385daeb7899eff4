# Relative imports resolved inside a package.
from import_pkg import rel
print(rel.RESULT)
from import_pkg.inner.deep import parent_value
print(parent_value())
