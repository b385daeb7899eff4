# Class decorators receive and may return the class.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_method(cls):
    cls.greet = lambda self: 'hi from ' + type(self).__name__
    return cls
@register
@add_method
class Thing:
    pass
print(sorted(registry), Thing().greet())
def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@with_tag('T1')
class Tagged:
    pass
print(Tagged.tag)
def replace(cls):
    return 'not a class'
@replace
class Gone:
    pass
print(Gone)
