// abs, round, divmod, pow, hex/oct/bin, chr/ord, hash, id.
import {
  BinOp, CmpOp, None, PyBuiltinFunction, PyFloat, PyTuple, PyValue, asInt, binaryOp, callMethod, compare, defineFunction,
  hash, index, isTrue, newTypeError, newValueError, objectId, typeOf, unaryOp, UnaryOp, lookupMethod, asStr,
  strLen, pyErr, newOverflowError, intHashExact, intType, floatHashExact, floatType,
} from '../objects';
import { powMod } from '../objects/format/int-math';
import { shortcutTargets } from '../vm/jit/specialized-calls';

function prefixed(v: PyValue, base: number, prefix: string): string {
  const i = index(v);
  const neg = i < 0;
  const digits = (neg ? -i : i).toString(base);
  return (neg ? '-' : '') + prefix + digits;
}

// chr and ord are each one object shared by every runtime: compiled code recognises their calls
// by identity.
const chrBuiltin = defineFunction('chr(i, /)', (v) => {
  const i = asInt(v);
  if (i === undefined) throw newTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (i < 0 || i > 0x10ffff) {
    if (typeof i === 'bigint') throw newOverflowError('Python int too large to convert to C int');
    throw newValueError('chr() arg not in range(0x110000)');
  }
  // fromCharCode returns V8's shared one-character strings where fromCodePoint allocates.
  const n = Number(i);
  return n < 0x10000 ? String.fromCharCode(n) : String.fromCodePoint(n);
});

const ordBuiltin = defineFunction('ord(c, /)', (v) => {
  const s = asStr(v);
  if (s !== undefined) {
    const n = strLen(s);
    if (n !== 1) throw newTypeError(`ord() expected a character, but string of length ${n} found`);
    return s.codePointAt(0)!;
  }
  const b = (v as { data?: Uint8Array }).data;
  if (b instanceof Uint8Array) {
    if (b.length !== 1) throw newTypeError(`ord() expected a character, but string of length ${b.length} found`);
    return b[0];
  }
  throw newTypeError(`ord() expected string of length 1, but ${typeOf(v).name} found`);
});
shortcutTargets.chr = chrBuiltin;
shortcutTargets.ord = ordBuiltin;

export function numericBuiltins(): PyBuiltinFunction[] {
  return [
    defineFunction('abs(x, /)', (x) => {
      if (typeof x === 'number') return x < 0 ? -x : x;
      if (x instanceof PyFloat) return new PyFloat(Math.abs(x.value));
      const i = asInt(x);
      if (i !== undefined) return isTrue(compare(CmpOp.LT, i, 0)) ? unaryOp(UnaryOp.NEG, i) : i;
      if (lookupMethod(x, '__abs__') === undefined && typeOf(x).lookup('__abs__') === undefined) {
        throw newTypeError(`bad operand type for abs(): '${typeOf(x).name}'`);
      }
      return callMethod(x, '__abs__', []);
    }),
    defineFunction('round(number, ndigits=None)', (x, nd) => {
      if (typeOf(x).lookup('__round__') === undefined) throw newTypeError(`type ${typeOf(x).name} doesn't define __round__ method`);
      return nd === None ? callMethod(x, '__round__', []) : callMethod(x, '__round__', [nd]);
    }),
    defineFunction('divmod(x, y, /)', (x, y) => {
      if (typeof x === 'object' && !(x instanceof PyFloat) && typeOf(x).lookup('__divmod__') !== undefined) return callMethod(x, '__divmod__', [y]);
      return new PyTuple([binaryOp(BinOp.FLOORDIV, x, y), binaryOp(BinOp.MOD, x, y)]);
    }),
    defineFunction('pow(base, exp, mod=None)', (b, e, m) => {
      if (m === None) return binaryOp(BinOp.POW, b, e);
      const bi = asInt(b), ei = asInt(e), mi = asInt(m);
      if (bi === undefined || ei === undefined || mi === undefined) {
        throw newTypeError('pow() 3rd argument not allowed unless all arguments are integers');
      }
      try { return powMod(bi, ei, mi); } catch (err) { throw pyErr(err); }
    }),
    defineFunction('hex(number, /)', (v) => prefixed(v, 16, '0x')),
    defineFunction('oct(number, /)', (v) => prefixed(v, 8, '0o')),
    defineFunction('bin(number, /)', (v) => prefixed(v, 2, '0b')),
    chrBuiltin,
    ordBuiltin,
    defineFunction('hash(obj, /)', (o) => {
      const h = hash(o);
      if (Number.isSafeInteger(h)) return h;
      // Past 2**53 the JS number is rounded; ints (and integral floats) have an exact Python hash.
      if (o instanceof PyFloat && typeOf(o).hash === floatType.hash) return floatHashExact(o.value);
      const i = asInt(o);
      return i !== undefined && typeOf(o).hash === intType.hash ? intHashExact(i) : h;
    }),
    defineFunction('id(obj, /)', (o) => (typeof o === 'object' ? objectId(o) : idOfPrimitive(o))),
  ];
}

// Primitives have no object identity here; equal values share an id, which CPython also does for small ints and interned strings.
function idOfPrimitive(v: PyValue): number {
  const h = hash(v);
  return 0x100000 + (Math.abs(h) % 0xffffff) * 16;
}

