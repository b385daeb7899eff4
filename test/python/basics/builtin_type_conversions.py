# bool, int, float, str, repr, list, tuple, dict, set on various arguments.
print(bool(), bool(0), bool(2), bool(''), bool('0'), bool([]), bool([0]))
print(str(), str(12), str(1.5), str(None), str([1, 'a']), str((1,)), str({'a': 1}))
print(repr('a'), repr("it's"), repr('say "x"'), repr('both \' "'), repr(1), repr([None]))
print(list('ab'), tuple([1]), set([1, 1]), dict([(1, 2)]))
print(int('7') + float('0.5'), str(True), int(False), float(1))
print(repr('\x00\x1f\x7f é'), ascii('é'), ascii([1, 'x€']))
print(type(True).__name__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
