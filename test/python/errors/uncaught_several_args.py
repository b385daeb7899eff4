# An exception with several arguments prints them as a tuple.
class GameError(Exception):
    pass
raise GameError('level', 3)
