# Calls compiled code shortcuts (len, ord, chr, list.append, iterating a str) in hot loops, and
# every way their callee or argument can stop being what the shortcut expects.


class Sized:
    def __len__(self):
        return 7


class MyList(list):
    def __len__(self):
        return 100


class LoggingList(list):
    def append(self, x):
        list.append(self, ("logged", x))


class Appender:
    def __init__(self):
        self.got = []

    def append(self, x):
        self.got.append(x)


class Borrowed:
    append = list.append


def lens(values):
    out = []
    for v in values:
        out.append(len(v))
    return out


def chars(text):
    out = []
    for ch in text:
        out.append(ord(ch))
    return out


def back(codes):
    return [chr(c) for c in codes] + [chr(c) for c in codes[::-1]]


def fill(target, n):
    for i in range(n):
        target.append(i)
    return target


def loop(n, f, *args):
    r = None
    for _ in range(n):
        r = f(*args)
    return r


samples = [[1, 2], (1, 2, 3), "abc", "a\U0001F600b", {"k": 1}, {1, 2}, b"xy", range(5), Sized(), MyList([1]), ()]
print(loop(300, lens, samples))
print(loop(300, chars, "hi\u00e9\u4e2d\U0001F600!\ud800x"))
print(loop(300, back, [65, 0, 0xE9, 0xFFFF, 0x10000, 0x1F600, True]))
print(loop(300, lambda: fill([], 3)), loop(300, lambda: fill(MyList(), 2)), loop(300, lambda: fill(LoggingList(), 2)))
a = Appender()
loop(300, fill, a, 2)
print(a.got[:4], len(a.got))


def errors():
    caught = []
    for bad in (lambda: len(5), lambda: ord("ab"), lambda: ord(""), lambda: ord(3), lambda: chr(-1),
                lambda: chr(0x110000), lambda: chr(2 ** 80), lambda: chr(1.5), lambda: fill(Borrowed(), 1),
                lambda: fill((), 1)):
        try:
            bad()
        except (TypeError, ValueError, OverflowError, AttributeError) as e:
            caught.append(type(e).__name__)
    return caught


print(loop(300, errors))


def rebound():
    return [len("abcd"), ord("a"), chr(66)]


print(loop(300, rebound))
len = lambda x: "len"
ord = lambda x: "ord"
chr = lambda x: "chr"
print(loop(300, rebound))
del len, ord, chr
print(loop(300, rebound))


def sizes(values):
    return [len(v) for v in values]


for i in range(300):
    try:
        sizes([[1], 5])
    except TypeError as e:
        message = str(e)
print(message)
