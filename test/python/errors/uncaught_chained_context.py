# An exception raised while handling another prints both tracebacks.
def load():
    try:
        {}['config']
    except KeyError:
        raise RuntimeError('no config')
load()
