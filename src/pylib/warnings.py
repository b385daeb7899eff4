# warnings: CircuitPython's slim version: every warn() prints "<category>: <message>" on the
# console ("always"), unless simplefilter('ignore') drops them or 'error' raises them. No
# filtering by category.

_action = 'always'


def warn(message, category=Warning):
    if _action == 'ignore':
        return
    if _action == 'error':
        raise category(message)
    print('%s: %s' % (category.__name__, message))


def simplefilter(action, category=Warning):
    global _action
    if action not in ('default', 'error', 'ignore', 'always', 'module', 'once'):
        raise ValueError('invalid action')
    _action = action
