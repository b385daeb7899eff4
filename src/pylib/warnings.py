# warnings: CircuitPython's small version: warn() prints "<category>: <message>" on the console
# unless simplefilter('ignore') or 'error' (which raises) says otherwise.

_action = 'default'


def warn(message, category=None, stacklevel=1):
    if category is None:
        category = UserWarning
    if _action == 'ignore':
        return
    if _action == 'error':
        raise category(message)
    print('%s: %s' % (category.__name__, message))


def simplefilter(action, category=None):
    global _action
    if action not in ('default', 'error', 'ignore', 'always', 'module', 'once'):
        raise ValueError('invalid action')
    _action = action
