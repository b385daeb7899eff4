// int: a JS number (safe integer) or bigint, normalised after every operation; instances of
// Python subclasses (`class Color(int)`) are PyIntSub. Exact maths comes from format/int-math.
import {
  BinOp, CmpOp, KwNames, NotImplemented, PyFloat, PyObject, PyType, PyValue, UnaryOp, intType, typeOf,
} from './core';
import { newTypeError, newValueError, newOverflowError } from './exceptions';
import { defineClassMethod, defineMethod, Signature } from './args';
import { PyGetSetDescriptor } from './builtin-function';
import * as M from './format/int-math';
import { toBigInt } from './format/int-convert';
import { parseIntLiteral, parseIntText } from './format/int-parse';
import { invalidIntLiteral } from './format/format-error';
import { floatToInt, intToFloat } from './format/int-convert';
import { formatInt } from './format/format-int';
import { pyErr } from './format-bridge';
import { PyBytes, bytesLike, latin1 } from './bytes';
import { isTrue, index as opIndex } from './ops';
import { PyTuple } from './tuple';
import { asStr } from './str';

export type PyInt = number | bigint;

/** An instance of a Python subclass of int. */
export class PyIntSub extends PyObject {
  constructor(cls: PyType, public value: PyInt) { super(cls); }
}

/** The int value of an int-like (int, bool, int subclass), or undefined. */
export function asInt(v: PyValue): PyInt | undefined {
  switch (typeof v) {
    case 'number': case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    case 'object': return v instanceof PyIntSub ? v.value : undefined;
    default: return undefined;
  }
}

const MAX = Number.MAX_SAFE_INTEGER;


/** a OP b for two ints. */
export function intBinop(op: BinOp, a: PyInt, b: PyInt): PyValue {
  try {
    switch (op) {
      case BinOp.ADD: {
        if (typeof a === 'number' && typeof b === 'number') {
          const r = a + b;
          if (r <= MAX && r >= -MAX) return r;
        }
        return M.normalize(toBigInt(a) + toBigInt(b));
      }
      case BinOp.SUB: {
        if (typeof a === 'number' && typeof b === 'number') {
          const r = a - b;
          if (r <= MAX && r >= -MAX) return r;
        }
        return M.normalize(toBigInt(a) - toBigInt(b));
      }
      case BinOp.MUL: {
        if (typeof a === 'number' && typeof b === 'number') {
          const r = a * b;
          if (r <= MAX && r >= -MAX) return r + 0;
          // Rounding never carries a product across MAX, so the exact one is past it too: a
          // bigint without normalize's two comparisons (an LCG's `seed * 1103515245` lands here).
          return BigInt(a) * BigInt(b);
        }
        return M.normalize(toBigInt(a) * toBigInt(b));
      }
      case BinOp.TRUEDIV: return new PyFloat(M.intTrueDiv(a, b));
      case BinOp.FLOORDIV: return M.floorDiv(a, b);
      case BinOp.MOD: return M.mod(a, b);
      case BinOp.POW: return intPow(a, b);
      case BinOp.LSHIFT: return M.lshift(a, b);
      case BinOp.RSHIFT: return M.rshift(a, b);
      case BinOp.AND: return M.and(a, b);
      case BinOp.OR: return M.or(a, b);
      case BinOp.XOR: return M.xor(a, b);
      case BinOp.MATMUL: return NotImplemented;
    }
  } catch (e) {
    throw pyErr(e);
  }
}

function intPow(a: PyInt, b: PyInt): PyValue {
  if (b >= 0) {
    if (typeof b === 'bigint' && !(a === 0 || a === 1 || a === -1)) throw newOverflowError('exponent too large');
    return M.pow(a, b);
  }
  return new PyFloat(M.intPowToFloat(a, b));
}

export function intCompare(op: CmpOp, a: PyInt, b: PyInt | number): boolean {
  switch (op) {
    case CmpOp.LT: return a < b;
    case CmpOp.LE: return a <= b;
    // Loose equality compares number and bigint by value, which is what Python wants here.
    // eslint-disable-next-line eqeqeq
    case CmpOp.EQ: return a == b;
    // eslint-disable-next-line eqeqeq
    case CmpOp.NE: return a != b;
    case CmpOp.GT: return a > b;
    case CmpOp.GE: return a >= b;
  }
}

export function intUnary(op: UnaryOp, v: number | bigint | boolean): PyValue {
  const a: PyInt = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  switch (op) {
    case UnaryOp.NEG: return typeof a === 'number' ? 0 - a : M.normalize(-a);
    case UnaryOp.POS: return a;
    case UnaryOp.INVERT: return M.invert(a);
  }
}

const HASH_MODULUS = (1n << 61n) - 1n;

/** Python's hash of an int: the value modulo 2**61 − 1 (sign kept), with -1 mapped to -2. */
export function intHashExact(v: PyInt): PyInt {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  const neg = v < 0n;
  let h = (neg ? -v : v) % HASH_MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2 : M.normalize(h);
}

/** intHashExact as a JS number (rounded past 2**53: equal ints still hash equal). */
export function intHash(v: PyInt): number {
  return Number(intHashExact(v));
}

export function intRepr(v: PyInt): string {
  return typeof v === 'number' ? String(v) : v.toString();
}

function self(v: PyValue): PyInt {
  return asInt(v)!;
}

intType.binop = (op, a, b) => {
  const y = asInt(b);
  return y === undefined ? NotImplemented : intBinop(op, self(a), y);
};
intType.rbinop = (op, a, b) => {
  const x = asInt(b);
  return x === undefined ? NotImplemented : intBinop(op, x, self(a));
};
intType.unary = (op, a) => intUnary(op, self(a));
intType.richcompare = (a, b, op) => {
  const x = self(a);
  const y = asInt(b);
  if (y !== undefined) return intCompare(op, x, y);
  if (b instanceof PyFloat) return intCompare(op, x, b.value);
  return NotImplemented;
};
intType.hash = (v) => intHash(self(v));
intType.repr = (v) => intRepr(self(v));
intType.bool = (v) => { const x = self(v); return x !== 0; };
intType.index = self;
intType.int = self;
intType.float = (v) => { try { return intToFloat(self(v)); } catch (e) { throw pyErr(e); } };

/** int(x) for any value; base only with strings and bytes. */
export function toInt(x: PyValue, base?: PyValue): PyInt {
  if (base !== undefined) {
    const b = asInt(base);
    if (b === undefined) throw newTypeError(`'${typeOf(base).name}' object cannot be interpreted as an integer`);
    const bytes = bytesLike(x);
    const text = asStr(x) ?? (bytes !== undefined ? latin1(bytes) : undefined);
    if (text === undefined) throw newTypeError("int() can't convert non-string with explicit base");
    try { return parseIntLiteral(text, Number(b)); } catch (e) { throw pyErr(e); }
  }
  const i = asInt(x);
  if (i !== undefined) return i;
  const text = asStr(x);
  if (text !== undefined) {
    // Not through parseIntLiteral's throw: a JS throw costs ~0.5 us, and `try: int(text)` is
    // how programs test for a number.
    const v = parseIntText(text, 10);
    if (v !== undefined) return v;
    throw pyErr(invalidIntLiteral(10));
  }
  if (x instanceof PyFloat) {
    try { return floatToInt(x.value); } catch (e) { throw pyErr(e); }
  }
  const t = typeOf(x);
  if (t.int !== undefined) return t.int(x);
  if (t.index !== undefined) return t.index(x);
  const bl = bytesLike(x);
  if (bl !== undefined) {
    try { return parseIntLiteral(latin1(bl), 10); } catch (e) { throw pyErr(e); }
  }
  throw newTypeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

const intSig = new Signature('int(x=?, /, base=?)', false);
intType.new = (cls: PyType, args: PyValue[], kwnames: KwNames) => {
  const [x, base] = args.length === 1 && kwnames === undefined ? [args[0], undefined] : intSig.bind(args, kwnames);
  let v: PyInt;
  if (x === undefined) {
    if (base !== undefined) throw newTypeError('int() missing string argument');
    v = 0;
  } else {
    v = toInt(x, base);
  }
  return cls === intType ? v : new PyIntSub(cls, v);
};

// ---- methods ----

defineMethod(intType, 'bit_length(self)', (s) => M.bitLength(self(s)));
defineMethod(intType, 'bit_count(self)', (s) => {
  let v = toBigInt(self(s));
  if (v < 0n) v = -v;
  let n = 0;
  for (; v > 0n; v >>= 1n) if (v & 1n) n++;
  return n;
});
defineMethod(intType, 'conjugate(self)', (s) => self(s));
defineMethod(intType, 'as_integer_ratio(self)', (s) => tupleOf([self(s), 1]));
defineMethod(intType, '__format__(self, spec, /)', (s, spec) => {
  if (typeof spec !== 'string') throw newTypeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
  try { return formatInt(self(s), spec); } catch (e) { throw pyErr(e); }
});
defineMethod(intType, '__trunc__(self)', (s) => self(s));
defineMethod(intType, '__round__(self, ndigits=None)', (s, nd) => {
  const v = self(s);
  if (nd === undefined || typeOf(nd).name === 'NoneType') return v;
  const n = opIndex(nd);
  if (n >= 0) return v;
  const p = M.pow(10, -Number(n) as number);
  const q = M.floorDiv(v, p);
  const r = M.mod(v, p);
  // Half to even on the removed digits.
  const twice = intBinop(BinOp.MUL, r, 2) as PyInt;
  let qq = q;
  if (twice > p || (twice == p && M.mod(q, 2) === 1)) qq = intBinop(BinOp.ADD, q, 1) as PyInt; // eslint-disable-line eqeqeq
  return intBinop(BinOp.MUL, qq, p);
});
defineMethod(intType, 'to_bytes(self, length=1, byteorder=\'big\', *, signed=False)', (s, length, order, signed) => {
  const n = Number(opIndex(length));
  if (n < 0) throw newValueError('length argument must be non-negative');
  if (order !== 'big' && order !== 'little') throw newValueError("byteorder must be either 'little' or 'big'");
  let v = toBigInt(self(s));
  const sg = isTrue(signed);
  if (v < 0n && !sg) throw newOverflowError("can't convert negative int to unsigned");
  const bits = BigInt(n * 8);
  if (sg ? (v >= (1n << (bits - 1n)) || v < -(1n << (bits - 1n))) && !(n === 0 && v === 0n) : v >= (1n << bits)) {
    throw newOverflowError('int too big to convert');
  }
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) { out[order === 'big' ? n - 1 - i : i] = Number(v & 255n); v >>= 8n; }
  return new PyBytes(out);
});
defineClassMethod(intType, 'from_bytes(cls, bytes, byteorder=\'big\', *, signed=False)', (cls, bytes, order, signed) => {
  if (order !== 'big' && order !== 'little') throw newValueError("byteorder must be either 'little' or 'big'");
  const data = bytesLike(bytes);
  if (data === undefined) throw newTypeError(`cannot convert '${typeOf(bytes).name}' object to bytes`);
  let v = 0n;
  const n = data.length;
  for (let i = 0; i < n; i++) v = (v << 8n) | BigInt(data[order === 'big' ? i : n - 1 - i]);
  if (isTrue(signed) && n > 0 && (v >> BigInt(n * 8 - 1)) & 1n) v -= 1n << BigInt(n * 8);
  const r = M.normalize(v);
  return cls === intType ? r : new PyIntSub(cls as PyType, r);
});

function getset(name: string, get: (s: PyValue) => PyValue): void {
  intType.typeDict.set(name, new PyGetSetDescriptor(name, intType, get));
}
getset('real', self);
getset('imag', () => 0);
getset('numerator', self);
getset('denominator', () => 1);

function tupleOf(items: PyValue[]): PyTuple { return new PyTuple(items); }
