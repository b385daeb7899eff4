# Function attributes: __name__, __doc__, custom attributes, __defaults__.
def documented(a, b=1):
    """The docstring."""
    return a
print(documented.__name__, documented.__doc__)
documented.custom = 'attr'
print(documented.custom)
def nodoc():
    pass
print(nodoc.__doc__, documented.__defaults__)
print(callable(documented), type(documented).__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer.__name__)
