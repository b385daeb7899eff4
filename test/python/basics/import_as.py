# import ... as and from ... import ... as.
import import_pkg.sub as s
print(s.NAME, s.f())
from import_pkg import sub as other
print(other is s)
from import_pkg.sub import f as g, NAME as N
print(g(), N)
import import_pkg as p, import_pkg.sub as s2
print(p.VALUE, s2 is s)
from import_pkg.sub import (
    f,
    NAME,
)
print(f(), NAME)
