# f-strings and format() call a class's __format__, with and without a spec.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return ('$' + spec + ':') + str(self.cents // 100) + '.' + str(self.cents % 100).rjust(2, '0')

m = Money(1234)
print(f"{m}", f"{m:>8}", format(m), format(m, 'x'), "{}|{:q}".format(m, m))
