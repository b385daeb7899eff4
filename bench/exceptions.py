# exceptions: raise/except/finally as control flow, custom exception classes, re-raise and chaining.


class GameError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


class OutOfBounds(GameError):
    pass


class Blocked(GameError):
    pass


def move(x, limit):
    if x < 0 or x >= limit:
        raise OutOfBounds(1, x)
    if x % 17 == 0:
        raise Blocked(2, x)
    return x + 1


def parse(token):
    try:
        return int(token)
    except ValueError:
        return -1


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return 0
    except IndexError:
        return -2


def guarded(x, log):
    try:
        try:
            return move(x, 500)
        finally:
            log[0] += 1
    except Blocked as e:
        return -e.detail
    except GameError as e:
        return e.code * 1000


def nested(n):
    depth = 0
    try:
        if n % 3 == 0:
            raise KeyError(n)
        if n % 3 == 1:
            raise ValueError("bad %d" % n)
        depth = 1
    except KeyError:
        try:
            raise RuntimeError("wrapped") from None
        except RuntimeError as e:
            depth = 2 + len(str(e))
    except ValueError as e:
        depth = 3 + len(e.args[0])
    else:
        depth += 10
    finally:
        depth += 100
    return depth


def run(rounds):
    table = {"a": 1, "b": 2}
    seq = [1, 2, 3]
    tokens = ["12", "x", "7", "", "-3", "4.5"]
    log = [0]
    total = 0
    for r in range(rounds):
        for x in range(-5, 520, 3):
            total += guarded(x, log)
        for t in tokens:
            total += parse(t)
        total += lookup(table, "a") + lookup(table, "z") + lookup(seq, 5) + lookup(seq, 1)
        for n in range(30):
            total += nested(n + r)
        try:
            [][r]
        except IndexError as e:
            total += len(type(e).__name__)
        try:
            raise StopIteration
        except Exception:
            total += 1
    return total, log[0]


print(run(10000))
try:
    move(-1, 10)
except GameError as e:
    print(type(e).__name__, e.code, e.detail, e.args, isinstance(e, Exception))
