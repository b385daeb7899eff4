# super() without arguments in __init__, in methods and in a diamond.
class Base:
    def __init__(self):
        print('Base.__init__')
        self.trail = ['Base']
    def hello(self):
        return 'Base.hello'
class Left(Base):
    def __init__(self):
        print('Left.__init__')
        super().__init__()
        self.trail.append('Left')
    def hello(self):
        return 'Left>' + super().hello()
class Right(Base):
    def __init__(self):
        print('Right.__init__')
        super().__init__()
        self.trail.append('Right')
    def hello(self):
        return 'Right>' + super().hello()
class Bottom(Left, Right):
    def __init__(self):
        print('Bottom.__init__')
        super().__init__()
        self.trail.append('Bottom')
    def hello(self):
        return 'Bottom>' + super().hello()
b = Bottom()
print(b.trail)
print(b.hello())
print(super(Left, b).hello())
class Meta:
    @classmethod
    def make(cls):
        return cls.__name__
class Sub(Meta):
    @classmethod
    def make(cls):
        return 'Sub:' + super().make()
print(Sub.make())
