# Relative imports inside a package.
from . import sub
from .sub import f as sub_f
from .inner import deep
from . import VALUE
RESULT = [sub.NAME, sub_f(), deep.parent_value(), VALUE]
