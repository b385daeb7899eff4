# The last line uses the exception's __str__.
class LevelError(Exception):
    def __str__(self):
        return 'level %d is locked' % self.args[0]
print('loading')
raise LevelError(7)
