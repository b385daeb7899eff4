# Reaches up to the parent package with `..`.
from .. import sub
from ..sub import NAME
from . import INNER
def parent_value():
    return NAME + '+' + sub.f() + '+' + INNER
