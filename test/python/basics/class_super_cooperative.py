# Cooperative multiple inheritance: super().__init__(**kw) passes arguments along the MRO.
class Base:
    def __init__(self, **kw):
        self.log = ['Base' + (' ' + str(sorted(kw)) if kw else '')]
class Named(Base):
    def __init__(self, name='?', **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append('Named')
class Sized(Base):
    def __init__(self, size=0, **kw):
        super().__init__(**kw)
        self.size = size
        self.log.append('Sized')
class Thing(Named, Sized):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append('Thing')
t = Thing(name='box', size=3)
print(t.name, t.size, t.log)
print([c.__name__ for c in Thing.__mro__])
class Describe:
    def describe(self):
        return 'Describe'
class A(Describe):
    def describe(self):
        return 'A>' + super().describe()
class B(Describe):
    def describe(self):
        return 'B>' + super().describe()
class C(A, B):
    def describe(self):
        return 'C>' + super().describe()
print(C().describe(), B().describe())
