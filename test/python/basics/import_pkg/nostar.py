# A module without __all__: `import *` takes every name not starting with an underscore.
visible = 'visible'
def visible_func():
    return 'visible_func'
_hidden = 'hidden'
