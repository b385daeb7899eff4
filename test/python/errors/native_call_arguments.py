# cpydiff: native argument errors use CircuitPython's wording (reference/console-and-errors.md)
# Calls of built-in functions and methods with 0-3 positional arguments take a direct path;
# every other shape of call, and every wrong one, must behave as through the full binding.
# Each case runs in a loop so that the compiled tier sees it too.


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except TypeError as e:
        print(label, 'TypeError', e)


def cases():
    out = []
    attempt('append ok', lambda: (out.append(1), out)[1])
    attempt('unbound append', lambda: (list.append(out, 2), out)[1])
    attempt('unbound append wrong self', lambda: list.append('abc', 2))
    attempt('unbound strip wrong self', lambda: str.strip(5))
    attempt('unbound strip no self', lambda: str.strip())
    attempt('unbound upper wrong self', lambda: str.upper([1]))
    attempt('unbound append missing arg', lambda: list.append(out))
    attempt('append missing arg', lambda: out.append())
    attempt('append too many', lambda: out.append(1, 2))
    attempt('append kwarg', lambda: out.append(object=3))
    attempt('strip default', lambda: '  a b  '.strip())
    attempt('strip chars', lambda: 'xxaxx'.strip('x'))
    attempt('strip None', lambda: '  a  '.strip(None))
    attempt('strip bad chars', lambda: 'a'.strip(5))
    attempt('strip too many', lambda: 'a'.strip('a', 'b'))
    attempt('strip kwarg', lambda: 'a'.strip(chars='a'))
    attempt('split kwarg', lambda: 'a,b,,c'.split(sep=','))
    attempt('split maxsplit kwarg', lambda: 'a b c'.split(maxsplit=1))
    attempt('split positional', lambda: 'a b c'.split(None, 1))
    attempt('find three', lambda: 'abcabc'.find('c', 3, 6))
    attempt('find none', lambda: 'abc'.find())
    attempt('bound method', lambda: [b() for b in [' q '.strip]])
    m = out.append
    attempt('bound append', lambda: (m(7), out[-1])[1])
    attempt('bound append too many', lambda: m(7, 8))
    attempt('len', lambda: len('abc'))
    attempt('len none', lambda: len())
    attempt('len two', lambda: len('a', 'b'))
    attempt('len kwarg', lambda: len(obj='a'))
    attempt('ord', lambda: ord('a'))
    attempt('ord long', lambda: ord('ab'))
    attempt('ord int', lambda: ord(5))
    attempt('chr', lambda: chr(98))
    attempt('chr str', lambda: chr('a'))
    attempt('isinstance', lambda: isinstance(1, int))
    attempt('isinstance one', lambda: isinstance(1))
    attempt('sorted', lambda: sorted([3, 1, 2]))
    attempt('sorted key', lambda: sorted([3, 1, 2], key=lambda x: -x))
    attempt('sorted two positional', lambda: sorted([3, 1, 2], None))
    attempt('divmod', lambda: divmod(7, 2))
    attempt('getattr default', lambda: getattr(1, 'nope', 'dflt'))
    attempt('pow three', lambda: pow(2, 10, 1000))
    attempt('min none', lambda: min())
    attempt('min one int', lambda: min(3))
    attempt('min one list', lambda: min([4, 2]))
    attempt('min two', lambda: min(5, 2))
    attempt('max three', lambda: max(1, 9, 3))
    attempt('max key', lambda: max(1, -9, 3, key=abs))
    attempt('min empty default', lambda: min([], default='d'))
    attempt('print three', lambda: print('p', 1, None))
    attempt('print none', lambda: print())
    attempt('int one', lambda: int('12'))
    attempt('int base', lambda: int('ff', 16))
    attempt('int none', lambda: int())
    attempt('int float', lambda: int(2.7))
    attempt('dict get', lambda: {1: 2}.get(1))
    attempt('dict get default', lambda: {1: 2}.get(5, 'd'))
    attempt('list insert', lambda: (out.insert(0, 'first'), out[0])[1])
    attempt('list pop', lambda: out.pop())
    attempt('list pop index', lambda: out.pop(0))


for rnd in range(3):
    print('round', rnd)
    cases()
