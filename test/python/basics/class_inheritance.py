# Single inheritance, overriding and calling the parent.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' says ' + self.sound
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, an ' + Animal.kind(self)
class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name + ' jr')
d = Dog('rex')
p = Puppy('rex')
print(d.speak(), d.kind())
print(p.speak(), p.kind())
print(isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__ if hasattr(Dog, '__base__') else 'Animal')
