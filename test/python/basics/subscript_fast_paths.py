# Indexing that compiled code does inline (exact lists, tuples, bytes, bytearrays by an int) and
# everything beside it that must still take the general path, in loops hot enough to compile.


class Pair(tuple):
    def __getitem__(self, i):
        return "Pair[%r]" % (i,)


class Row(bytearray):
    def __getitem__(self, i):
        return -1

    def __setitem__(self, i, v):
        bytearray.__setitem__(self, i, 255 - v)


def reads(seq, keys):
    out = []
    for k in keys:
        try:
            out.append(seq[k])
        except (IndexError, TypeError) as e:
            out.append(type(e).__name__)
    return out


def writes(buf, pairs):
    out = []
    for k, v in pairs:
        try:
            buf[k] = v
            out.append(buf[k])
        except (IndexError, TypeError, ValueError) as e:
            out.append(type(e).__name__)
    return out


keys = [0, 1, -1, -3, 3, -4, 10 ** 20, True, 1.0, slice(1, None)]
for seq in ([1, 2, 3], (4, 5, 6), b"\x07\x08\x09", bytearray(b"\x0a\x0b\x0c"), Pair((1, 2, 3)), Row(b"abc"), "xyz", range(3)):
    for _ in range(300):
        r = reads(seq, keys)
    print(type(seq).__name__, r)

pairs = [(0, 1), (-1, 255), (1, 0), (2, 256), (0, -1), (1, 3.0), (5, 1), (-4, 1), (True, 9), (0, True), (1, 2 ** 70)]
for make in (lambda: bytearray(3), lambda: Row(3), lambda: [0, 0, 0]):
    for _ in range(300):
        buf = make()
        r = writes(buf, pairs)
    print(type(buf).__name__, r, list(buf))
