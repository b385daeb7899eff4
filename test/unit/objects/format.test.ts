// The pure formatting and number helpers (src/objects/format/) against CPython 3.11's answers,
// recorded by scripts/record-format-cases.py into fixtures/format-*.json.
import t from 'tap';
import type { Test } from 'tap';
import { readFileSync } from 'fs';
import { join } from 'path';
import { FormatError } from '../../../src/objects/format/format-error';
import { floatRepr } from '../../../src/objects/format/float-repr';
import { formatBool, formatInt } from '../../../src/objects/format/format-int';
import { formatFloat } from '../../../src/objects/format/format-float';
import { formatStr } from '../../../src/objects/format/format-str';
import { percentFormat, PercentHooks } from '../../../src/objects/format/percent-format';
import { percentFormatBytes, PercentBytesHooks } from '../../../src/objects/format/percent-format-bytes';
import { FormatPart, parseFormatString } from '../../../src/objects/format/format-string-parse';
import * as im from '../../../src/objects/format/int-math';
import * as fm from '../../../src/objects/format/float-math';
import { floatPow } from '../../../src/objects/format/float-pow';
import { roundFloat, roundHalfEven } from '../../../src/objects/format/float-round';
import { floatFromString } from '../../../src/objects/format/float-parse';
import { parseIntLiteral } from '../../../src/objects/format/int-parse';
import { pyStrRepr } from '../../../src/objects/format/str-repr';

type Expected = unknown;
type Case = unknown[];

function load(name: string): Case[] {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', `format-${name}.json`), 'utf8'));
}

function F(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

function I(s: string): number | bigint {
  const b = BigInt(s);
  return b >= -BigInt(Number.MAX_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

/** Why `got` differs from `expected` (a recorded value or {error}), or '' when it matches. */
type Check = (got: unknown, expected: Expected) => string;

const sameString: Check = (got, exp) => (got === exp ? '' : `got ${JSON.stringify(got)}`);

const sameFloat: Check = (got, exp) => {
  if (typeof got !== 'number') return `got non-number ${String(got)}`;
  return Object.is(got, F(exp as string)) ? '' : `got ${got}`;
};

const sameInt: Check = (got, exp) => {
  if (typeof got === 'number' && !Number.isSafeInteger(got)) return `got unsafe number ${got}`;
  if (typeof got === 'bigint' && got >= -BigInt(Number.MAX_SAFE_INTEGER) && got <= BigInt(Number.MAX_SAFE_INTEGER)) {
    return `got unnormalised bigint ${got}`;
  }
  if (typeof got !== 'number' && typeof got !== 'bigint') return `got ${String(got)}`;
  return String(got) === exp ? '' : `got ${got}`;
};

const pairOf = (a: Check, b: Check): Check => (got, exp) => {
  const g = got as unknown[];
  const e = exp as unknown[];
  return a(g[0], e[0]) || b(g[1], e[1]);
};

/** Runs every case, reporting at most a few mismatches in full, and fails on any. */
function runCases(t: Test, cases: Case[], run: (c: Case) => unknown, check: Check, expectedOf = (c: Case) => c[c.length - 1]) {
  let failures = 0;
  for (const c of cases) {
    const exp = expectedOf(c);
    let problem: string;
    try {
      const got = run(c);
      problem = isError(exp) ? `expected ${JSON.stringify(exp)}, got ${String(got)}` : check(got, exp);
    } catch (e) {
      problem = errorProblem(e, exp);
    }
    if (problem !== '') {
      failures++;
      if (failures <= 25) t.fail(`${JSON.stringify(c)}: ${problem}`);
    }
  }
  t.equal(failures, 0, `${cases.length - failures}/${cases.length} cases match CPython`);
}

function isError(exp: Expected): exp is { error: [string, string] } {
  return typeof exp === 'object' && exp !== null && 'error' in exp;
}

function errorProblem(e: unknown, exp: Expected): string {
  if (!(e instanceof FormatError)) return `threw ${String(e)}`;
  if (!isError(exp)) return `raised ${e.pyType}: ${e.message}`;
  const [type, message] = exp.error;
  return e.pyType === type && e.message === message ? '' : `raised ${e.pyType}: ${e.message}`;
}


t.test('floatRepr: shortest round-trip digits and CPython notation', async t => {
  runCases(t, load('repr'), c => floatRepr(F(c[0] as string)), sameString);
});

t.test('the documented examples, spelled out', async t => {
  t.same(['1e+16', '1e-05', '1.5e-07', 'inf', '-inf', 'nan', '-0.0', '1.0', '123456789012345.0', '1.2345678901234568e+16'],
    [1e16, 1e-5, 1.5e-7, Infinity, -Infinity, NaN, -0, 1, 123456789012345, 12345678901234567].map(floatRepr));
  t.equal(formatFloat(1234.5, ',.2f'), '1,234.50');
  t.equal(formatInt(255, '#010x'), '0x000000ff');
  t.equal(formatFloat(0.1, '.30f'), '0.100000000000000005551115123126');
  t.equal(formatFloat(-0, 'z.1f'), '0.0');
  t.equal(formatInt(12, 'c'), '\f');
  t.equal(formatInt(5, '=+8'), '+      5');
  t.equal(im.intTrueDiv(10n ** 400n, 10n ** 399n), 10);
  t.equal(im.floatToInt(1e300), BigInt(1e300));
  t.equal(floatFromString(' -inf '), -Infinity);
  t.equal(floatFromString('1_000.5'), 1000.5);
  t.throws(() => parseIntLiteral('x', 10), { pyType: 'ValueError', message: 'invalid syntax for integer with base 10' });
  t.throws(() => floatFromString('x'), { pyType: 'ValueError', message: 'invalid syntax for number' });
  t.throws(() => im.floatToInt(Infinity), { pyType: 'OverflowError', message: "can't convert inf to int" });
  t.throws(() => im.mod(1, 0), { pyType: 'ZeroDivisionError', message: 'division by zero' });
  t.throws(() => formatFloat(1.5, 'd'), { message: "Unknown format code 'd' for object of type 'float'" });
  t.throws(() => im.powMod(3, 2, 0), { message: 'pow() 3rd argument cannot be 0' });
  t.throws(() => floatPow(0, -1), { pyType: 'ZeroDivisionError', message: 'division by zero' });
  t.throws(() => fm.floatTrueDiv(1, 0), { pyType: 'ZeroDivisionError', message: 'division by zero' });
  t.equal(fm.floatTrueDiv(1, 4), 0.25);
});

t.test('format(value, spec) for int, float and str', async t => {
  const cases = load('spec');
  for (const kind of ['int', 'float', 'str']) {
    t.test(kind, async t => {
      runCases(t, cases.filter(c => c[0] === kind), c => {
        const v = c[1] as string;
        const spec = c[2] as string;
        if (kind === 'int') return formatInt(I(v), spec);
        if (kind === 'float') return formatFloat(F(v), spec);
        return formatStr(v, spec);
      }, sameString);
    });
  }
});

// Arguments of percentFormat are the recorded tagged values themselves: ['int', '5'], ['tuple', [...]].
type Tagged = [string, ...unknown[]];

function pyStr(v: Tagged): string {
  switch (v[0]) {
    case 'int': return v[1] as string;
    case 'float': return floatRepr(F(v[1] as string));
    case 'str': return v[1] as string;
    case 'bool': return v[1] ? 'True' : 'False';
    case 'other': return v[1] as string;
    default: return pyRepr(v);
  }
}

function bytesRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = 'b' + quote;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

function pyRepr(v: Tagged): string {
  switch (v[0]) {
    case 'str': return pyStrRepr(v[1] as string);
    case 'bytes': return v[2] === 'bytearray' ? `bytearray(${bytesRepr(v[1] as string)})` : bytesRepr(v[1] as string);
    case 'other': return v[2] as string;
    case 'tuple': {
      const items = (v[1] as Tagged[]).map(pyRepr);
      return '(' + items.join(', ') + (items.length === 1 ? ',)' : ')');
    }
    case 'dict':
      return '{' + Object.entries(v[1] as Record<string, Tagged>).map(([k, x]) => `${pyStrRepr(k)}: ${pyRepr(x)}`).join(', ') + '}';
    default: return pyStr(v);
  }
}

function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

const hooks: PercentHooks<Tagged> = {
  kind: v => (['int', 'float', 'str', 'bool'].includes(v[0]) ? v[0] as 'int' : 'other'),
  intValue: v => (v[0] === 'bool' ? (v[1] ? 1 : 0) : I(v[1] as string)),
  floatValue: v => F(v[1] as string),
  str: pyStr,
  repr: pyRepr,
  ascii: v => asciiOf(pyRepr(v)),
  isTuple: v => v[0] === 'tuple',
  tupleItems: v => v[1] as Tagged[],
  isMapping: v => v[0] === 'dict' || (v[0] === 'other' && v[3] === 'list'),
  getItem: (m, key) => {
    const x = (m[1] as Record<string, Tagged>)[key];
    if (x === undefined) throw new FormatError('TypeError', 'KeyError ' + key);
    return x;
  },
  typeName: v => (v[0] === 'other' ? v[3] as string : v[0] === 'bytes' ? v[2] as string : v[0]),
};

const latin1 = (b: Uint8Array) => String.fromCharCode(...b);
const bytesOfLatin1 = (s: string) => Uint8Array.from(s, c => c.charCodeAt(0));

const bytesHooks: PercentBytesHooks<Tagged> = {
  ...hooks,
  bytesOf: v => (v[0] === 'bytes' ? bytesOfLatin1(v[1] as string) : undefined),
  getItem: (m, key) => hooks.getItem(m, latin1(key)),
};

t.test('formatBool: str() with an empty spec, the int otherwise, errors naming bool', async t => {
  t.equal(formatBool(true, ''), 'True');
  t.equal(formatBool(false, ''), 'False');
  t.equal(formatBool(true, '>4'), '   1');
  t.equal(formatBool(false, '.1f'), '0.0');
  t.throws(() => formatBool(true, 's'), { message: "Unknown format code 's' for object of type 'bool'" });
  t.throws(() => formatBool(true, 'xx'), { message: "Invalid format specifier 'xx' for object of type 'bool'" });
  t.equal(formatBool(true, 'c'), '\x01');
});

t.test('percentFormat: str % args', async t => {
  runCases(t, load('percent'), c => percentFormat(c[0] as string, c[1] as Tagged, hooks), sameString);
});

t.test('percentFormatBytes: bytes % args (bytes written as latin-1 text in the fixtures)', async t => {
  runCases(t, load('percent-bytes'), c => latin1(percentFormatBytes(bytesOfLatin1(c[0] as string), c[1] as Tagged, bytesHooks)), sameString);
});

// The str.format arguments the recorder used, as the object model would hold them.
class Flt {
  constructor(readonly v: number) {}
}
type Val = string | number | bigint | Flt | Val[] | { [k: string]: Val };
const ARGS: Val[] = ['zero', 'one', [10, 20, 30], { key: 'val', k2: 'v2' }, { real: 'R', imag: 7 }, 42, new Flt(3.14159)];
const KWARGS: Record<string, Val> = { x: 'X', name: 'N', w: 10, p: 3, num: new Flt(2.5), n: 42, sp: '>6', lst: [1, 2] };

/** A lookup failure: only its Python type is compared (its message is the object model's business). */
class LookupFailure {
  constructor(readonly pyType: string) {}
}

function strOf(v: Val): string {
  if (typeof v === 'string') return v;
  if (v instanceof Flt) return floatRepr(v.v);
  if (Array.isArray(v)) return '[' + v.map(reprOf).join(', ') + ']';
  if (typeof v === 'object') return '{…}';
  return String(v);
}

function reprOf(v: Val): string {
  return typeof v === 'string' ? pyStrRepr(v) : strOf(v);
}

function render(parts: FormatPart[], error: FormatError | null): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    let v: Val | undefined;
    if (typeof p.arg === 'number') {
      if (p.arg >= ARGS.length) throw new LookupFailure('IndexError');
      v = ARGS[p.arg];
    } else {
      v = KWARGS[p.arg];
      if (v === undefined) throw new LookupFailure('KeyError');
    }
    for (const a of p.accessors) {
      if (a.kind === 'attr') {
        if (typeof v !== 'object' || Array.isArray(v) || v instanceof Flt || !('imag' in v)) throw new LookupFailure('AttributeError');
        v = (v as Record<string, Val>)[a.key];
        if (v === undefined) throw new LookupFailure('AttributeError');
      } else if (Array.isArray(v) || typeof v === 'string') {
        if (typeof a.key !== 'number') throw new LookupFailure('TypeError');
        v = typeof v === 'string' ? v[a.key] : v[a.key];
        if (v === undefined) throw new LookupFailure('IndexError');
      } else if (typeof v === 'object' && !(v instanceof Flt) && !('imag' in v)) {
        v = v[String(a.key)];
        if (v === undefined || typeof a.key === 'number') throw new LookupFailure('KeyError');
      } else {
        throw new LookupFailure('TypeError');
      }
    }
    if (p.conversion === 'r') v = reprOf(v);
    else if (p.conversion === 's') v = strOf(v);
    else if (p.conversion === 'a') v = asciiOf(reprOf(v));
    const spec = render(p.spec, null);
    if (typeof v === 'string') out += formatStr(v, spec);
    else if (typeof v === 'number' || typeof v === 'bigint') out += formatInt(v, spec);
    else if (v instanceof Flt) out += formatFloat(v.v, spec);
    else if (spec === '') out += strOf(v);
    else throw new LookupFailure('TypeError');
  }
  if (error !== null) throw error;
  return out;
}

t.test('parseFormatString: str.format templates rendered as CPython renders them', async t => {
  runCases(t, load('template'), c => {
    try {
      const { parts, error } = parseFormatString(c[0] as string);
      return render(parts, error);
    } catch (e) {
      if (!(e instanceof LookupFailure)) throw e;
      // Lookup errors are the object model's: only their type is compared.
      const exp = c[1];
      throw new FormatError(e.pyType as 'TypeError', isError(exp) && exp.error[0] === e.pyType ? exp.error[1] : '(lookup)');
    }
  }, (got, exp) => (got === exp ? '' : `got ${JSON.stringify(got)}`));
});

t.test('parseFormatString: structure of fields', async t => {
  const { parts, error } = parseFormatString('a{{{0.x[1][k]!r:>{w}}}}b{n}');
  t.equal(error, null);
  t.same(parts, ['a{', { arg: 0, accessors: [{ kind: 'attr', key: 'x' }, { kind: 'item', key: 1 }, { kind: 'item', key: 'k' }],
    conversion: 'r', spec: ['>', { arg: 'w', accessors: [], conversion: '', spec: [] }] }, '}b',
    { arg: 'n', accessors: [], conversion: '', spec: [] }]);
  const switched = parseFormatString('x{}{0}');
  t.same(switched.parts, ['x', { arg: 0, accessors: [], conversion: '', spec: [] }], 'the parts before an error are kept');
  t.match(switched.error, { pyType: 'ValueError', message: 'cannot switch from automatic field numbering to manual field specification' });
  const late = parseFormatString('{1.}');
  t.same(late.parts, [{ arg: 1, accessors: [], conversion: '', spec: [] }], 'a field name error comes after the lookup');
  t.match(late.error, { message: 'Empty attribute in format string' });
});

const INT_OPS: Record<string, [(a: (number | bigint)[]) => unknown, Check]> = {
  floordiv: [a => im.floorDiv(a[0], a[1]), sameInt],
  mod: [a => im.mod(a[0], a[1]), sameInt],
  truediv: [a => im.intTrueDiv(a[0], a[1]), sameFloat],
  and: [a => im.and(a[0], a[1]), sameInt],
  or: [a => im.or(a[0], a[1]), sameInt],
  xor: [a => im.xor(a[0], a[1]), sameInt],
  lshift: [a => im.lshift(a[0], a[1]), sameInt],
  rshift: [a => im.rshift(a[0], a[1]), sameInt],
  pow: [a => (a[1] < 0 ? im.intPowToFloat(a[0], a[1]) : im.pow(a[0], a[1])), (g, e) => (typeof g === 'number' && !Number.isInteger(g) || String(e).includes('.') || String(e).includes('e') ? sameFloat(g, e) : sameInt(g, e))],
  powmod: [a => im.powMod(a[0], a[1], a[2]), sameInt],
  invert: [a => im.invert(a[0]), sameInt],
  bitlength: [a => im.bitLength(a[0]), sameInt],
  round: [a => im.roundInt(a[0], a[1]), sameInt],
  tofloat: [a => im.intToFloat(a[0]), sameFloat],
  tostring: [a => im.intToString(a[0], Number(a[1])), sameString],
};

t.test('int maths', async t => {
  const cases = load('int-math');
  for (const [op, [fn, check]] of Object.entries(INT_OPS)) {
    t.test(op, async t => {
      runCases(t, cases.filter(c => c[0] === op), c => fn((c[1] as string[]).map(I)), check);
    });
  }
  t.test('divmod', async t => {
    t.same(im.divmod(-7, 2), [-4, 1]);
    t.same(im.divmod(7n * 10n ** 20n, -3), [-233333333333333333334n, -2]);
  });
});

const FLOAT_OPS: Record<string, [(a: string[]) => unknown, Check]> = {
  floordiv: [a => fm.floatFloorDiv(F(a[0]), F(a[1])), sameFloat],
  mod: [a => fm.floatMod(F(a[0]), F(a[1])), sameFloat],
  divmod: [a => fm.floatDivmod(F(a[0]), F(a[1])), pairOf(sameFloat, sameFloat)],
  pow: [a => floatPow(F(a[0]), F(a[1])), sameFloat],
  round: [a => roundFloat(F(a[0]), I(a[1])), sameFloat],
  roundint: [a => roundHalfEven(F(a[0])), sameInt],
  toint: [a => im.floatToInt(F(a[0])), sameInt],
  ratio: [a => fm.floatAsIntegerRatio(F(a[0])), pairOf(sameInt, sameInt)],
  isinteger: [a => fm.floatIsInteger(F(a[0])), (g, e) => (g === e ? '' : `got ${g}`)],
};

t.test('float maths', async t => {
  const cases = load('float-math');
  for (const [op, [fn, check]] of Object.entries(FLOAT_OPS)) {
    t.test(op, async t => {
      runCases(t, cases.filter(c => c[0] === op), c => fn(c[1] as string[]), check);
    });
  }
});

t.test('int(str, base) and float(str)', async t => {
  const cases = load('parse');
  t.test('int', async t => {
    runCases(t, cases.filter(c => c[0] === 'int'), c => {
      const [s, base] = c[1] as [string, number];
      return parseIntLiteral(s, base);
    }, sameInt);
  });
  t.test('float', async t => {
    runCases(t, cases.filter(c => c[0] === 'float'), c => floatFromString((c[1] as string[])[0]), sameFloat);
  });
});
