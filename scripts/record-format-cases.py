#!/usr/bin/env python3
"""Records CPython's answers for the pure formatting and number helpers (src/objects/format/) as JSON
fixtures in test/unit/objects/fixtures/format-*.json, read by test/unit/objects/format.test.ts.

Run with Python 3.11: python3 scripts/record-format-cases.py
Encoding: ints are decimal strings, floats are '%.17g' strings (or 'inf', '-inf', 'nan', '-0'),
an error is {"error": [type name, message]}. The random cases use a fixed seed. Deliberate
differences (CircuitPython's error wording, no complex numbers) are applied to CPython's answers
here, each marked cpydiff.
"""
import json
import math
import os
import random
import re
import struct
import sys
import types

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'unit', 'objects', 'fixtures')
rng = random.Random(20261124)


def F(x):
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    if x == 0 and math.copysign(1, x) < 0:
        return '-0'
    return '%.17g' % x


def I(n):
    return str(n)


def circuitpython_wording(kind, message):
    """cpydiff: where CircuitPython words an error differently, the helpers use its text
    (reference/console-and-errors.md, section 4)."""
    if kind == 'ZeroDivisionError':
        return 'division by zero'
    m = re.match(r"invalid literal for int\(\) with base (\d+): ", message)
    if kind == 'ValueError' and m:
        return 'invalid syntax for integer with base ' + m.group(1)
    if kind == 'ValueError' and message.startswith('could not convert string to float: '):
        return 'invalid syntax for number'
    if message == 'cannot convert float infinity to integer':
        return "can't convert inf to int"
    if message == 'cannot convert float NaN to integer':
        return "can't convert NaN to int"
    return message


def run(fn, enc):
    try:
        result = fn()
        if isinstance(result, complex):
            # cpydiff: CircuitPython has no complex type; like MicroPython built without it, it raises.
            return {'error': ['ValueError', 'complex values not supported']}
        return enc(result)
    except Exception as e:
        kind = type(e).__name__
        return {'error': [kind, circuitpython_wording(kind, str(e))]}


def write(name, cases):
    path = os.path.join(OUT, 'format-%s.json' % name)
    with open(path, 'w') as f:
        f.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=False) for c in cases) + '\n]\n')
    print('%-28s %6d cases' % (os.path.basename(path), len(cases)))


def random_double():
    return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]


def interesting_floats():
    xs = [0.0, -0.0, 1.0, -1.0, 1.5, 2.5, 0.5, 0.125, 0.375, -2.5, 3.5, 1234.5, 0.1, 0.2, 0.3, 1 / 3,
          2 / 3, 1e16, 1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5, 0.00011, 1.5e-7, 1e22, 1e21, 1e300,
          -1e300, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 123456789012345.0,
          1.2345678901234567e16, 9.995, 0.045, 1.005, 2.675, 99.5, 999999.5, 9.5, 0.95, 0.0095,
          123456.789, -1234567.891, 3.14159, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 1e23, 4.35, 0.999999,
          9999995.0, 0.00001234, 12345678.9, 1e-300, 1e-320, math.pi, math.e, 100.0, 1e6, 1e7,
          float('inf'), float('-inf'), float('nan')]
    for _ in range(120):
        e = rng.randint(-30, 30)
        xs.append(rng.random() * 10 ** e * rng.choice([1, -1]))
    for _ in range(60):
        xs.append(round(rng.uniform(-1000, 1000), rng.randint(0, 4)))
    for _ in range(60):
        x = random_double()
        if not math.isnan(x):
            xs.append(x)
    return xs


def interesting_ints():
    ns = [0, 1, -1, 7, 9, 10, 42, 65, 255, -255, 1000, 1234, -1234, 65535, 1234567, 2 ** 31, -2 ** 31,
          2 ** 32 + 5, 2 ** 53 - 1, 2 ** 53, -(2 ** 53), 2 ** 53 + 1, -(2 ** 53) - 1, 2 ** 64, -2 ** 64 + 3,
          10 ** 30, -10 ** 25 + 3, 0x10ffff, 0x110000, 3 ** 100, -7 ** 77]
    for _ in range(60):
        ns.append(rng.randint(-10 ** rng.randint(1, 40), 10 ** rng.randint(1, 40)))
    return ns


# ---- repr(float) ------------------------------------------------------------------------------
def record_repr():
    xs = interesting_floats()
    for _ in range(3000):
        x = random_double()
        if not math.isnan(x):
            xs.append(x)
    for _ in range(1000):
        xs.append(rng.random() * 10 ** rng.randint(-8, 20))
    for e in range(-30, 30):
        xs += [10.0 ** e, math.nextafter(10.0 ** e, 0), math.nextafter(10.0 ** e, math.inf)]
    write('repr', [[F(x), repr(x)] for x in xs])


# ---- format(value, spec) ----------------------------------------------------------------------
FILLS = ['', '<', '>', '^', '=', '*<', '0>', 'x^', '0=', '_>', '😀^']
SIGNS = ['', '', '+', '-', ' ']
WIDTHS = ['', '', '1', '8', '12', '15', '25']
PRECS = ['', '', '.0', '.1', '.2', '.3', '.6', '.12', '.17', '.25', '.60']


def random_spec(types_):
    return (rng.choice(FILLS) + rng.choice(SIGNS) + rng.choice(['', '', '', 'z']) + rng.choice(['', '', '#']) +
            rng.choice(['', '', '0']) + rng.choice(WIDTHS) + rng.choice(['', '', '', ',', '_']) +
            rng.choice(PRECS) + rng.choice(types_))


def record_spec():
    cases = []

    def add(kind, v, spec, enc):
        cases.append([kind, enc(v), spec, run(lambda: format(v, spec), str)])

    int_types = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'n', 'e', 'f', 'g', '%', 'E', 'G', 'F', 's', 'q']
    float_types = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x']
    for n in interesting_ints():
        for _ in range(40):
            add('int', n, random_spec(int_types), I)
    for x in interesting_floats():
        for _ in range(25):
            add('float', x, random_spec(float_types), F)
    for s in ['', 'abc', 'héllo wörld', '😀x😀', 'a b', 'x' * 30]:
        for _ in range(60):
            add('str', s, random_spec(['', 's', 's', 'd']), str)
    fixed = [
        ('float', 1234.5, ',.2f'), ('int', 255, '#010x'), ('float', 0.1, '.30f'), ('float', 1e300, 'f'),
        ('float', -0.0, 'z.1f'), ('int', 12, 'c'), ('int', 5, '=+8'), ('int', 1234, '09,'), ('int', 1234, '08,'),
        ('int', 1234, '0=10,'), ('float', 1e16, '10'), ('float', float('inf'), '010,'), ('float', 0.5, '.0f'),
        ('float', 2.5, '.0f'), ('float', 0.125, '.2f'), ('float', 125.0, '.2g'), ('float', 2.5, '.0e'),
        ('float', 1e16, '#'), ('float', 1.0, '#'), ('float', 100.0, '.3'), ('float', 0.1, '.30%'),
        ('float', -1e-9, 'z.3g'), ('float', -0.0001, 'z.2e'), ('float', 5e-324, '.1000f'), ('float', 5e-324, '.400e'),
        ('int', 10 ** 30, 'e'), ('int', 10 ** 400, 'f'), ('int', 1, 'xx'), ('int', 1, ',_'), ('int', 1, '_,'),
        ('int', 1, '.'), ('str', 'a', ' '), ('str', 'a', 'z'), ('str', 'a', ','), ('str', 'a', '='), ('str', 'a', '#'),
        ('str', 'a', '+'), ('int', 1, '\x01'), ('int', 1, ',\x01'), ('int', 1, ' 5 '), ('int', 1, '5 '),
        ('int', 1, '99999999999999999999'), ('float', 1.5, '.99999999999999999999f'), ('int', -1, 'c'),
        ('int', 1, '+c'), ('int', 1, '#c'), ('int', 1, '.2d'), ('int', 1, 'z'), ('int', 65, '_c'), ('int', 1, ',n'),
        ('int', 1, '_n'), ('int', 255, '_x'), ('int', 255, ',x'), ('int', 2 ** 40, '_b'), ('str', 'ab', '05'),
        ('int', 5, '<05'), ('float', 1.5, '<08'), ('str', 'abc', '.1'), ('str', 'abc', '^7.2'),
        ('float', 123456789.0, ',.3e'), ('float', 1234.5, '_g'), ('float', 1234.5, ',n'), ('float', 0.0, 'g'),
        ('float', 0.0, '#g'), ('float', 0.0, '.3'), ('float', 0.0, 'e'), ('float', 1e-5, ''), ('float', 1e-5, '.3'),
        ('float', 9.9999, '.2g'), ('float', 9.9999, '#.2g'), ('float', 999999.9, 'g'), ('float', 1e-4, 'g'),
        ('float', 1.5, '#.0f'), ('float', 1.5, '#.0e'), ('float', 1e22, 'f'), ('float', 2.0 ** 70, ',.0f'),
        ('float', 1.5, '.3000000000f'), ('str', 'a', '.3000000000'),
    ]
    for kind, v, spec in fixed:
        add(kind, v, spec, {'int': I, 'float': F, 'str': str}[kind])
    # Exact ties between two roundings (dyadic values), where half-even matters.
    for i in range(0, 4000, 37):
        for d in (8, 1024):
            for spec in ('.2f', '.1e', '.3g', '.0f', '.1%'):
                add('float', i / d, spec, F)
    write('spec', cases)


# ---- str % args ---------------------------------------------------------------------------------
class Other:
    """An object of a type the formatter knows nothing about (recorded as its str, repr, type name)."""


def enc_arg(v):
    if isinstance(v, bool):
        return ['bool', v]
    if isinstance(v, int):
        return ['int', I(v)]
    if isinstance(v, float):
        return ['float', F(v)]
    if isinstance(v, str):
        return ['str', v]
    if isinstance(v, (bytes, bytearray)):
        return ['bytes', v.decode('latin-1'), type(v).__name__]
    if isinstance(v, tuple):
        return ['tuple', [enc_arg(x) for x in v]]
    if isinstance(v, dict):
        return ['dict', {k.decode('latin-1') if isinstance(k, bytes) else k: enc_arg(x) for k, x in v.items()}]
    return ['other', str(v), repr(v), type(v).__name__]


def record_percent():
    cases = []

    def add(fmt, args):
        cases.append([fmt, enc_arg(args), run(lambda: fmt % args, str)])

    values = [0, 5, -5, 255, -255, 2 ** 53 + 1, -10 ** 20, True, False, 0.0, -0.0, 1.5, -2.5, 3.14159, 1e20, 1e-7,
              float('inf'), float('nan'), 1e300, 'abc', '', 'é', 'x', [1, 2], None]
    convs = 'sradiuoxXeEfFgGc'
    for _ in range(4000):
        flags = ''.join(rng.choice(['', '', '-', '+', ' ', '#', '0']) for _ in range(rng.randint(0, 2)))
        width = rng.choice(['', '', '3', '8', '12', '*'])
        prec = rng.choice(['', '', '.0', '.2', '.5', '.12', '.*'])
        fmt = 'a%' + flags + width + prec + rng.choice(convs) + 'b'
        args = [rng.choice(values)]
        if width == '*':
            args.insert(0, rng.choice([5, -7, 0, 2]))
        if prec == '.*':
            args.insert(-1, rng.choice([0, 3, -2]))
        add(fmt, tuple(args) if len(args) > 1 or rng.random() < 0.5 else args[0])
    fixed = [('%5%', (1,)), ('%5%', ()), ('%%', ()), ('%-%', ()), ('%s %s', 5), ('abc', [1]), ('abc', 5), ('abc', 'x'),
             ('%s', (1, 2)), ('%s', ((1, 2),)), ('%(a)s', 5), ('%(a', {'a': 1}), ('%(a)s %(b)d', {'a': 1, 'b': 2}),
             ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('%(a)*d', {'a': 1}), ('%(a(b))s', {'a(b)': 'x'}),
             ('%q', 5), ('%', 5), ('abc%', ()), ('%é', 5), ('%ld %hi %Lf', (1, 2, 3.0)), ('%*d', (1.5, 3)),
             ('%.*s', (-1, 'abc')), ('%*.*f', (10, 2, 3.14159)), ('%c', 65), ('%c', 'é'), ('%c', '😀'),
             ('%c', -1), ('%c', 0x110000), ('%c', 'ab'), ('%c', 1.5), ('%5c|%-5c', ('a', 66)), ('%d', 1e300),
             ('%x', 1.5), ('%f', 10 ** 400), ('%05.3d', 5), ('%-05d', 3), ('%#.3x', 5), ('%#5o', 8),
             ('%+.3d', -5), ('%05s', 'a'), ('%#x', 0), ('%010.3e', -1.5), ('%05f', float('inf')),
             ('%s and %r', ('x', 'y')), ('%a', 'é😀\n'), ('%d%%', 50), ('%.3s', 1.23456), ('%s', ()),
             ('', ()), ('', 5), ('%s', {'a': 1}), ('%d', '5'), ('%f', 'x'), ('%i', None), ('%o', [1]), ('%.3000000000f', 1.5), ('%.3000000000s', 'x')]
    for fmt, args in fixed:
        add(fmt, args)
    write('percent', cases)


def record_percent_bytes():
    cases = []

    def add(fmt, args):
        cases.append([fmt.decode('latin-1'), enc_arg(args), run(lambda: (fmt % args).decode('latin-1'), str)])

    values = [0, 5, -5, 255, 256, -1, True, 1.5, -2.5, 1e20, b'abc', b'', b'x', bytearray(b'ba'), b'\xff\x00',
              'text', 'x', [1, 2], None]
    convs = 'sbradiuoxXeEfFgGc'
    for _ in range(2500):
        flags = ''.join(rng.choice(['', '', '-', '+', ' ', '#', '0']) for _ in range(rng.randint(0, 2)))
        width = rng.choice(['', '', '3', '8', '*'])
        prec = rng.choice(['', '', '.0', '.2', '.5', '.*'])
        fmt = ('a%' + flags + width + prec + rng.choice(convs) + 'b').encode()
        args = [rng.choice(values)]
        if width == '*':
            args.insert(0, rng.choice([5, -7, 0]))
        if prec == '.*':
            args.insert(-1, rng.choice([0, 3, -2]))
        add(fmt, tuple(args) if len(args) > 1 or rng.random() < 0.5 else args[0])
    fixed = [(b'%d-%d', (1, 2)), (b'%s', b'raw'), (b'%5d|', 42), (b'%x', 255), (b'%c', 65), (b'%-4s|', b'ab'),
             (b'%%', ()), (b'%03d', 7), (b'%b', b'bb'), (b'%s', 'text'), (b'%c', 256), (b'%c', b'ab'), (b'%c', 'a'),
             (b'%r', 'caf\xe9'), (b'%a', b'x'), (b'%s', bytearray(b'ab')), (b'%q', 5), (b'%.1s', b'abc'),
             (b'%5c|', 65), (b'%d', 'x'), (b'%(a)s', {b'a': b'v'}), (b'\xff%s', b'\xfe'), (b'%\xff', 5),
             (b'abc', b'x'), (b'abc', 5), (b'%s %s', (b'a',)), (b'%(a)s', 5), (b'%', ())]
    for fmt, args in fixed:
        add(fmt, args)
    write('percent-bytes', cases)


# ---- str.format templates ---------------------------------------------------------------------
FMT_ARGS = ('zero', 'one', [10, 20, 30], {'key': 'val', 'k2': 'v2'}, types.SimpleNamespace(real='R', imag=7), 42,
            3.14159)
FMT_KWARGS = {'x': 'X', 'name': 'N', 'w': 10, 'p': 3, 'num': 2.5, 'n': 42, 'sp': '>6', 'lst': [1, 2]}
TOKENS = ['{', '}', '{{', '}}', '{}', 'a', '0', '1', '5', ':', '!', 'r', 's', 'a', 'x', '.', '[', ']', 'key', '>5',
          'name', '{0}', '{x}', '{n:', '{w}', '.real', '[1]', ' ', '!r', '!z', ':{', '}}}']


def record_format_string():
    cases = []
    fixed = ['', 'abc', '{}', '{} {}', '{0} {1} {0}', '{x}{name}', '{{}}', '{{{}}}', 'a}', 'a{', '{', '}', '{0',
             '{!r}', '{!}', '{!', '{:', '{0!r:>10}', '{0!x}', '{0!rr}', '{:{}}', '{n:{w}.{p}}', '{num:{w}.{p}f}',
             '{:{:{}}}', '{}{0}', '{0}{}', '{2[1]}', '{3[key]}', '{4.real}', '{4.imag:>5}', '{.real}', '{[0]}',
             '{2[}', '{2[1]x}', '{4.}', '{2[]}', '{4..real}', '{a{b}', '{0:{}', '{0:}}', '{n:{{}}}', '{x!s:{sp}}',
             '{5:,}', '{6:.2f}', '{5:x}', '{0:d}', '{0:s}', '{99999999999999999999}', '{0:>{w}}{1}', '{:}',
             '{x:{n}}', '{:>{}}{}', '{0[:]}', '{3[k2]!r:^9}', '{lst[1]}', '{x:{{}}', '{ 0}', '{0 }', '{-1}',
             '{}}', '{{}', '}}{{', 'x{0[1][}', '{0!a}', '{0!s}', '{2!r}', '{6!r}', '{6}', '{5!r:>4}']
    for _ in range(3000):
        fixed.append(''.join(rng.choice(TOKENS) for _ in range(rng.randint(1, 6))))
    seen = set()
    for fmt in fixed:
        if fmt in seen:
            continue
        seen.add(fmt)
        cases.append([fmt, run(lambda: fmt.format(*FMT_ARGS, **FMT_KWARGS), str)])
    write('template', cases)


# ---- int maths --------------------------------------------------------------------------------
def record_int_math():
    cases = []
    ns = interesting_ints() + [2, 3, -2, -3, 2 ** 52, 2 ** 54, 3 ** 40, -(3 ** 40)]
    small = [0, 1, 2, 3, 5, 7, 10, 31, 52, 53, 63, 64, 100, -1, -3]

    def add(op, fn, args, enc=I):
        cases.append([op, [I(a) for a in args], run(fn, enc)])

    for _ in range(1500):
        a, b = rng.choice(ns), rng.choice(ns + small)
        add('floordiv', lambda: a // b, [a, b])
        add('mod', lambda: a % b, [a, b])
        add('truediv', lambda: a / b, [a, b], F)
        add('and', lambda: a & b, [a, b])
        add('or', lambda: a | b, [a, b])
        add('xor', lambda: a ^ b, [a, b])
    for _ in range(800):
        a, s = rng.choice(ns), rng.choice(small + [100, 200, 1000])
        add('lshift', lambda: a << s, [a, s])
        add('rshift', lambda: a >> s, [a, s])
        a, e = rng.choice(ns[:40] + small), rng.choice(small)
        add('pow', (lambda: a ** e) if e >= 0 else (lambda: a ** e), [a, e], I if e >= 0 else F)
        m = rng.choice(ns + small)
        e2 = rng.choice(ns + small)
        add('powmod', lambda: pow(a, e2, m), [a, e2, m])
    for a in ns:
        for nd in (-1, -2, -3, -5, -16, -40, -100, 0, 2):
            add('round', lambda: round(a, nd), [a, nd])
        for t in (1250, 1350, -1250, -1350, 15, 25, -25, 5, 50, 2 ** 60 + 5):
            add('round', lambda: round(t, -1), [t, -1])
        add('invert', lambda: ~a, [a])
        add('bitlength', lambda: a.bit_length(), [a])
        add('tofloat', lambda: float(a), [a], F)
        for base in (2, 7, 8, 10, 16, 36):
            add('tostring', lambda: (('-' if a < 0 else '') + _digits(abs(a), base)), [a, base], str)
    for a, b in [(10 ** 400, 10 ** 399), (1, 10 ** 400), (10 ** 400, 1), (2 ** 1024, 1), (2 ** 1024 - 2 ** 970, 1),
                 (2 ** 1024 - 2 ** 971, 1), (3, 2 ** 1080), (1, 2 ** 1075), (3, 2 ** 1076), (1, 3 * 2 ** 1073),
                 (0, -5), (0, 2 ** 60), (-(2 ** 60), 3), (2 ** 60 + 1, 2 ** 7), (5, 0), (2 ** 60, 0)]:
        add('truediv', lambda: a / b, [a, b], F)
    for a, b, m in [(3, -1, 7), (2, -1, 4), (5, 3, 0), (5, -2, -7), (-5, 3, -7), (7, 0, 1), (7, 0, -1), (0, 0, 5)]:
        add('powmod', lambda: pow(a, b, m), [a, b, m])
    for a, b in [(0, -1), (0, -2), (2, -1), (-2, -3), (10, -400), (10 ** 400, -1)]:
        add('pow', lambda: a ** b, [a, b], F)
    write('int-math', cases)


def _digits(n, base):
    if n == 0:
        return '0'
    out = ''
    while n:
        n, d = divmod(n, base)
        out = '0123456789abcdefghijklmnopqrstuvwxyz'[d] + out
    return out


# ---- float maths --------------------------------------------------------------------------------
def record_float_math():
    cases = []
    xs = interesting_floats()
    ys = xs + [2.0, 3.0, -3.0, 0.5, 7.0, 1e-300, 10.0]

    def add(op, fn, args, enc=F):
        cases.append([op, [F(a) if isinstance(a, float) else I(a) for a in args], run(fn, enc)])

    for _ in range(2000):
        a, b = rng.choice(xs), rng.choice(ys)
        add('floordiv', lambda: a // b, [a, b])
        add('mod', lambda: a % b, [a, b])
        add('divmod', lambda: divmod(a, b), [a, b], lambda r: [F(r[0]), F(r[1])])
    for _ in range(3000):
        a = rng.choice(xs + [rng.uniform(-20, 20) for _ in range(5)])
        b = rng.choice(ys + [0.5, -0.5, 2.0, 3.0, -1.0, 1 / 3, 0.1, 10.0, 100.0, -2.0, 1.5, float(rng.randint(-30, 30))])
        if -math.inf < a < 0 and math.isfinite(b) and b != int(b):
            # cpydiff: no complex type (as in MicroPython built without it), so no complex result either.
            cases.append(['pow', [F(a), F(b)], {'error': ['ValueError', 'complex values not supported']}])
        else:
            add('pow', lambda: a ** b, [a, b])
    for x in xs:
        for nd in (0, 1, 2, 3, 5, -1, -2, 10, 17, 20, 300, 330, -300, -330):
            add('round', lambda: round(x, nd), [x, nd])
        add('roundint', lambda: round(x), [x], I)
        add('toint', lambda: int(x), [x], I)
        add('ratio', lambda: x.as_integer_ratio(), [x], lambda r: [I(r[0]), I(r[1])])
        add('isinteger', lambda: x.is_integer(), [x], lambda r: r)
    for x, nd in [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (1.7976931348623157e308, -308), (5e-324, 323),
                  (0.125, 2), (0.375, 2), (1e22, -22), (123.456, -1), (-0.4, 0)]:
        add('round', lambda: round(x, nd), [x, nd])
    write('float-math', cases)


# ---- int(str, base) and float(str) ------------------------------------------------------------
def record_parse():
    cases = []
    texts = ['0', '00', '007', '-0', '+5', ' 12 ', '\t-34\n', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17',
             '0b101', '0x_1f', '0_x1f', 'ff', 'FF', 'z', 'Z', '10', '12345678901234567890', '-9007199254740993',
             '', ' ', '-', '+', '1 2', '1.5', '0b', '0x', '١٢٣', '0b1', '0o8', '9' * 50, 'zzzzzzzzzzzzzzzzzz',
             '\x1c7\x1f', '\u30007\u3000', '\ufeff7', '1e5', 'inf', '0_0', '0_1', '00_0', 'x', "it's", '"\'']
    for t in texts:
        for base in (0, 2, 8, 10, 16, 36, 1, 37, 7):
            cases.append(['int', [t, base], run(lambda: int(t, base), I)])
    floats = ['1e5', ' -inf ', 'nan', '-nan', 'NaN', '+Infinity', 'infinit', 'inF', '1_000.5', '1__0', '1_.5',
              '1._5', '1e_5', '1e5_0', '.5', '5.', '.', 'e5', '1e', '1e+', '1E-05', '  3.25\n', '', 'x', '0x10',
              '1.7976931348623159e308', '2e-324', '3e-324', '123456789012345678901234567890', '-0', '-0.0',
              '0.1', '1,5', '١.٥', '\x1c1.5', '1.5\x85', '+.5e-3', '- 1', '1e5.5', '_1.0', '1.0_', '1_0e1_0',
              '0.000000000000000000000000000000000000001e39', '4.9406564584124654e-324', '2.4703282292062328e-324']
    for t in floats:
        cases.append(['float', [t], run(lambda: float(t), F)])
    write('parse', cases)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('record-format-cases.py: needs Python 3.11, found %s' % sys.version.split()[0])
    os.makedirs(OUT, exist_ok=True)
    sys.set_int_max_str_digits(0)  # the fixtures hold ints of any size; the limit is not modelled
    record_repr()
    record_spec()
    record_percent()
    record_percent_bytes()
    record_format_string()
    record_int_math()
    record_float_math()
    record_parse()


main()
