// float: PyFloat boxes a JS number (subclass instances are PyFloats with another cls). Mixed
// int/float arithmetic converts the int exactly or raises OverflowError; comparisons are exact.
import { BinOp, CmpOp, KwNames, NotImplemented, PyFloat, PyType, PyValue, UnaryOp, floatType, typeOf } from './core';
import { newOverflowError, newTypeError, newValueError, newZeroDivisionError } from './exceptions';
import { Signature, defineClassMethod, defineMethod } from './args';
import { PyGetSetDescriptor } from './builtin-function';
import { PyInt, asInt, intHashExact } from './int';
import { asStr } from './str';
import { PyTuple } from './tuple';
import { None } from './core';
import { floatFloorDiv, floatMod, floatIsInteger, floatAsIntegerRatio } from './format/float-math';
import { floatPow } from './format/float-pow';
import { floatRepr } from './format/float-repr';
import { boardFloatRepr } from './format/board-float-format';
import { boardFloats } from './board-mode';
import { floatFromString } from './format/float-parse';
import { intToFloat, floatToInt, normalize } from './format/int-convert';
import { roundFloat, roundHalfEven } from './format/float-round';
import { formatFloat } from './format/format-float';
import { pyErr } from './format-bridge';
import { index } from './ops';
import { bytesLike, latin1 } from './bytes';

/** A float from an int-or-float operand, or undefined for other types. */
export function asFloat(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const i = asInt(v);
  if (i === undefined) return undefined;
  if (typeof i === 'number') return i;
  try { return intToFloat(i); } catch (e) { throw pyErr(e); }
}

/** float(v) for arithmetic arguments (math functions, %f): ints, floats, __float__, __index__. */
export function toFloat(v: PyValue, message?: string): number {
  const f = asFloat(v);
  if (f !== undefined) return f;
  const t = typeOf(v);
  if (t.float !== undefined) return t.float(v);
  if (t.index !== undefined) return asFloat(t.index(v))!;
  throw newTypeError(message ?? `must be real number, not ${t.name}`);
}

export function floatBinop(op: BinOp, a: number, b: number): PyValue {
  switch (op) {
    case BinOp.ADD: return new PyFloat(a + b);
    case BinOp.SUB: return new PyFloat(a - b);
    case BinOp.MUL: return new PyFloat(a * b);
    case BinOp.TRUEDIV:
      if (b === 0) throw newZeroDivisionError();
      return new PyFloat(a / b);
    case BinOp.FLOORDIV:
      try { return new PyFloat(floatFloorDiv(a, b)); } catch (e) { throw pyErr(e); }
    case BinOp.MOD:
      try { return new PyFloat(floatMod(a, b)); } catch (e) { throw pyErr(e); }
    case BinOp.POW:
      try { return new PyFloat(floatPow(a, b)); } catch (e) { throw pyErr(e); }
    default: return NotImplemented;
  }
}

function cmp(op: CmpOp, a: number | bigint, b: number | bigint): boolean {
  switch (op) {
    case CmpOp.LT: return a < b;
    case CmpOp.LE: return a <= b;
    case CmpOp.EQ: return a == b; // eslint-disable-line eqeqeq
    case CmpOp.NE: return a != b; // eslint-disable-line eqeqeq
    case CmpOp.GT: return a > b;
    case CmpOp.GE: return a >= b;
  }
}

const HASH_P = (1n << 61n) - 1n;

/**
 * hash(float) as Python defines numeric hashes: for x = n / 2**k, n times the inverse of 2**k
 * modulo P = 2**61 − 1, and 2**61 ≡ 1 (mod P) makes that inverse 2**((−k) mod 61). Integral
 * values hash like the equal int.
 */
export function floatHashExact(x: number): PyInt {
  if (Number.isInteger(x)) return intHashExact(Number.isSafeInteger(x) ? x + 0 : BigInt(x));
  if (x !== x) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  const [n, d] = floatAsIntegerRatio(x);
  const num = BigInt(n), k = BigInt(d).toString(2).length - 1;
  const neg = num < 0n;
  let h = ((neg ? -num : num) % HASH_P) * (1n << BigInt((61 - (k % 61)) % 61)) % HASH_P;
  if (neg) h = -h;
  return h === -1n ? -2 : normalize(h);
}

export function floatHash(x: number): number {
  return Number(floatHashExact(x));
}

floatType.binop = (op, a: PyFloat, b) => {
  if (b instanceof PyFloat) return floatBinop(op, a.value, b.value);
  const y = asFloat(b);
  return y === undefined ? NotImplemented : floatBinop(op, a.value, y);
};
floatType.rbinop = (op, a: PyFloat, b) => {
  const x = asFloat(b);
  return x === undefined ? NotImplemented : floatBinop(op, x, a.value);
};
floatType.unary = (op, a: PyFloat) => {
  switch (op) {
    case UnaryOp.NEG: return new PyFloat(-a.value);
    case UnaryOp.POS: return a.cls === floatType ? a : new PyFloat(a.value);
    default: return NotImplemented;
  }
};
floatType.richcompare = (a: PyFloat, b, op) => {
  if (b instanceof PyFloat) return cmp(op, a.value, b.value);
  const i = asInt(b);
  if (i === undefined) return NotImplemented;
  const x = a.value;
  // NaN and infinities compare by the float; finite values exactly against the int.
  if (!Number.isFinite(x) || typeof i === 'number') return cmp(op, x, i);
  if (Number.isInteger(x)) return cmp(op, BigInt(x), i);
  const fl = BigInt(Math.floor(x));
  if (fl >= i) return cmp(op, 1, 0);
  return cmp(op, 0, 1);
};
floatType.hash = (a: PyFloat) => floatHash(a.value);
floatType.repr = (a: PyFloat) => (boardFloats ? boardFloatRepr(a.value) : floatRepr(a.value));
floatType.bool = (a: PyFloat) => a.value !== 0;
floatType.float = (a: PyFloat) => a.value;
floatType.int = (a: PyFloat) => { try { return floatToInt(a.value); } catch (e) { throw pyErr(e); } };

const floatSig = new Signature('float(x=?, /)', false);
floatType.alloc = (cls) => { const f = new PyFloat(0); f.cls = cls; return f; };
floatType.new = (cls: PyType, args: PyValue[], kwnames: KwNames) => {
  const [x] = floatSig.bind(args, kwnames);
  const v = x === undefined ? 0 : floatFromValue(x);
  const f = new PyFloat(v);
  if (cls !== floatType) f.cls = cls;
  return f;
};

function floatFromValue(x: PyValue): number {
  const s = asStr(x);
  try {
    if (s !== undefined) return floatFromString(s);
    const b = bytesLike(x);
    if (b !== undefined) return floatFromString(latin1(b));
  } catch (e) { throw pyErr(e); }
  const f = asFloat(x);
  if (f !== undefined) return f;
  const t = typeOf(x);
  if (t.float !== undefined) return t.float(x);
  if (t.index !== undefined) return asFloat(t.index(x))!;
  throw newTypeError(`float() argument must be a string or a real number, not '${t.name}'`);
}

defineMethod(floatType, 'is_integer(self)', (a: PyFloat) => floatIsInteger(a.value));
defineMethod(floatType, 'as_integer_ratio(self)', (a: PyFloat) => {
  try { return new PyTuple(floatAsIntegerRatio(a.value)); } catch (e) { throw pyErr(e); }
});
defineMethod(floatType, 'conjugate(self)', (a: PyFloat) => a);
defineMethod(floatType, '__trunc__(self)', (a: PyFloat) => floatType.int!(a));
defineMethod(floatType, '__floor__(self)', (a: PyFloat) => { try { return floatToInt(Math.floor(a.value)); } catch (e) { throw pyErr(e); } });
defineMethod(floatType, '__ceil__(self)', (a: PyFloat) => { try { return floatToInt(Math.ceil(a.value)); } catch (e) { throw pyErr(e); } });
defineMethod(floatType, '__round__(self, ndigits=None)', (a: PyFloat, nd) => {
  try {
    if (nd === None) {
      if (!Number.isFinite(a.value)) {
        if (a.value !== a.value) throw newOverflowError('cannot convert float NaN to integer');
        throw newOverflowError('cannot convert float infinity to integer');
      }
      return roundHalfEven(a.value);
    }
    return new PyFloat(roundFloat(a.value, index(nd)));
  } catch (e) { throw pyErr(e); }
});
defineMethod(floatType, '__format__(self, format_spec, /)', (a: PyFloat, spec) => {
  if (typeof spec !== 'string') throw newTypeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
  try { return formatFloat(a.value, spec); } catch (e) { throw pyErr(e); }
});
defineMethod(floatType, 'hex(self)', (a: PyFloat) => floatHex(a.value));
defineClassMethod(floatType, 'fromhex(cls, string, /)', (cls: PyType, s) => {
  if (typeof s !== 'string') throw newTypeError(`fromhex() argument must be str, not ${typeOf(s).name}`);
  const f = new PyFloat(floatFromHex(s));
  if (cls !== floatType) f.cls = cls;
  return f;
});
floatType.typeDict.set('real', new PyGetSetDescriptor('real', floatType, (a: PyFloat) => a));
floatType.typeDict.set('imag', new PyGetSetDescriptor('imag', floatType, () => new PyFloat(0)));

function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  if (x === 0) return 1 / x < 0 ? '-0x0.0p+0' : '0x0.0p+0';
  const sign = x < 0 ? '-' : '';
  let m = Math.abs(x), e = 0;
  while (m >= 2) { m /= 2; e++; }
  while (m < 1 && e > -1022) { m *= 2; e--; }
  const lead = Math.floor(m);
  // The 52 fraction bits, exactly: m - lead < 1 and m has at most 53 significant bits.
  const frac = ((m - lead) * 2 ** 52).toString(16).padStart(13, '0');
  return `${sign}0x${lead}.${frac}p${e >= 0 ? '+' : ''}${e}`;
}

/** float.fromhex: [sign] [0x] hex digits [. hex digits] [p exponent], or inf/nan. */
function floatFromHex(text: string): number {
  const t = text.trim().toLowerCase();
  const special = /^([+-]?)(inf|infinity|nan)$/.exec(t);
  if (special) return special[2] === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(t);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw newValueError('invalid hexadecimal floating-point string');
  const digits = m[2] + (m[3] ?? '');
  let exp = (m[4] === undefined ? 0 : Number(m[4])) - 4 * (m[3] ?? '').length;
  let mant = BigInt('0x' + (digits === '' ? '0' : digits));
  if (mant === 0n) return m[1] === '-' ? -0 : 0;
  // Keep 54 significant bits (one guard bit beyond double precision) and round half to even by hand.
  const bits = mant.toString(2).length;
  let sticky = false;
  if (bits > 54) {
    const drop = BigInt(bits - 54);
    sticky = (mant & ((1n << drop) - 1n)) !== 0n;
    mant >>= drop;
    exp += bits - 54;
  }
  if (bits >= 54 && (mant & 1n) === 1n && (sticky || (mant & 2n) === 2n)) mant += 1n;
  if (bits >= 54) { mant >>= 1n; exp += 1; }
  const v = Number(mant) * Math.pow(2, exp);
  if (!Number.isFinite(v)) throw newOverflowError('hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -v : v;
}
