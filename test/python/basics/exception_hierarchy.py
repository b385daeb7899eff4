# The built-in exception class hierarchy.
print(isinstance(KeyError(), LookupError), isinstance(IndexError(), LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(ValueError, Exception), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(NotImplementedError, RuntimeError), issubclass(IndexError, LookupError))
print(issubclass(UnicodeError, ValueError), issubclass(IndentationError, SyntaxError))
print(issubclass(OSError, Exception), issubclass(UnboundLocalError, NameError))
print(issubclass(AssertionError, Exception), issubclass(AttributeError, Exception))
print(issubclass(ImportError, Exception), issubclass(MemoryError, Exception))
print(issubclass(bool, int), KeyError.__bases__[0].__name__)
try:
    raise KeyError('k')
except LookupError as e:
    print('caught as LookupError:', type(e).__name__)
