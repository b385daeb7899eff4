// math: the functions CircuitPython's math module has, on doubles, with "math domain error"
// where the result is not a real number.
import {
  defineFunction, newException, newTypeError, newZeroDivisionError, newValueError, OverflowError, PyFloat, PyValue, newTuple, typeName, asFloat,
} from '../../objects';
import type { NativeModule } from '../module-def';

function x(v: PyValue): number {
  const f = asFloat(v);
  if (f === undefined) throw newTypeError(`can't convert ${typeName(v)} to float`);
  return f;
}

const F = (n: number) => new PyFloat(n);

function domain(r: number, ...args: number[]): PyFloat {
  if (Number.isNaN(r) && !args.some(Number.isNaN)) throw newValueError('math domain error');
  return F(r);
}

function toIntegral(r: number): PyValue {
  if (Number.isNaN(r)) throw newValueError("can't convert NaN to int");
  if (!Number.isFinite(r)) throw newException(OverflowError, "can't convert inf to int");
  return Number.isSafeInteger(r) ? r : BigInt(r);
}

const unary: Record<string, (a: number) => number> = {
  acos: Math.acos, acosh: Math.acosh, asin: Math.asin, asinh: Math.asinh, atan: Math.atan, atanh: Math.atanh,
  cos: Math.cos, cosh: Math.cosh, exp: Math.exp, expm1: Math.expm1, fabs: Math.abs, sin: Math.sin, sinh: Math.sinh,
  tan: Math.tan, tanh: Math.tanh, log10: Math.log10, log2: Math.log2, degrees: (a) => (a * 180) / Math.PI,
  radians: (a) => (a * Math.PI) / 180, erf, erfc: (a) => 1 - erf(a), gamma, lgamma: (a) => Math.log(Math.abs(gamma(a))),
};

function erf(a: number): number {
  // The Taylor series near zero, the continued fraction of erfc further out.
  const t = Math.abs(a);
  if (t < 2.5) {
    let sum = t, term = t;
    for (let n = 1; n < 60; n++) {
      term *= (-t * t) / n;
      sum += term / (2 * n + 1);
    }
    return Math.sign(a) * (2 / Math.sqrt(Math.PI)) * sum;
  }
  let f = 0;
  for (let n = 60; n >= 1; n--) f = (n / 2) / (t + f);
  return Math.sign(a) * (1 - Math.exp(-t * t) / Math.sqrt(Math.PI) / (t + f));
}

function gamma(a: number): number {
  if (Number.isInteger(a) && a <= 0) return NaN;
  if (a < 0.5) return Math.PI / (Math.sin(Math.PI * a) * gamma(1 - a));
  const g = 7;
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  a -= 1;
  let s = c[0];
  for (let i = 1; i < g + 2; i++) s += c[i] / (a + i);
  const t = a + g + 0.5;
  return Math.sqrt(2 * Math.PI) * t ** (a + 0.5) * Math.exp(-t) * s;
}

export const mathModule: NativeModule = {
  name: 'math',
  build() {
    const out: Record<string, PyValue> = {
      e: F(Math.E), pi: F(Math.PI), tau: F(2 * Math.PI), inf: F(Infinity), nan: F(NaN),
      sqrt: defineFunction('sqrt(x, /)', (a: PyValue) => domain(Math.sqrt(x(a)), x(a))),
      log: defineFunction('log(x, base=?, /)', (a: PyValue, b: PyValue | undefined) => {
        const v = x(a);
        if (v <= 0) throw newValueError('math domain error');
        if (b === undefined) return F(Math.log(v));
        const base = x(b);
        if (base <= 0) throw newValueError('math domain error');
        if (base === 1) throw newZeroDivisionError();
        return F(Math.log(v) / Math.log(base));
      }),
      pow: defineFunction('pow(x, y, /)', (a: PyValue, b: PyValue) => domain(Math.pow(x(a), x(b)), x(a), x(b))),
      atan2: defineFunction('atan2(y, x, /)', (a: PyValue, b: PyValue) => F(Math.atan2(x(a), x(b)))),
      copysign: defineFunction('copysign(x, y, /)', (a: PyValue, b: PyValue) => {
        const m = Math.abs(x(a)), s = x(b);
        return F(s < 0 || Object.is(s, -0) ? -m : m);
      }),
      fmod: defineFunction('fmod(x, y, /)', (a: PyValue, b: PyValue) => {
        if (x(b) === 0) throw newValueError('math domain error');
        return F(x(a) % x(b));
      }),
      ldexp: defineFunction('ldexp(x, i, /)', (a: PyValue, i: PyValue) => F(x(a) * 2 ** Number(i))),
      frexp: defineFunction('frexp(x, /)', (a: PyValue) => {
        const v = x(a);
        if (v === 0 || !Number.isFinite(v)) return newTuple([F(v), 0]);
        let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(v))) + 1);
        let m = v * 2 ** -e;
        while (Math.abs(m) < 0.5) { m *= 2; e--; }
        while (Math.abs(m) >= 1) { m /= 2; e++; }
        return newTuple([F(m), e]);
      }),
      modf: defineFunction('modf(x, /)', (a: PyValue) => {
        const v = x(a);
        const whole = Math.trunc(v);
        return newTuple([F(Number.isFinite(v) ? v - whole : Math.sign(v) * 0), F(whole)]);
      }),
      ceil: defineFunction('ceil(x, /)', (a: PyValue) => (typeof a === 'number' || typeof a === 'bigint' ? a : toIntegral(Math.ceil(x(a))))),
      floor: defineFunction('floor(x, /)', (a: PyValue) => (typeof a === 'number' || typeof a === 'bigint' ? a : toIntegral(Math.floor(x(a))))),
      trunc: defineFunction('trunc(x, /)', (a: PyValue) => (typeof a === 'number' || typeof a === 'bigint' ? a : toIntegral(Math.trunc(x(a))))),
      isfinite: defineFunction('isfinite(x, /)', (a: PyValue) => Number.isFinite(x(a))),
      isinf: defineFunction('isinf(x, /)', (a: PyValue) => x(a) === Infinity || x(a) === -Infinity),
      isnan: defineFunction('isnan(x, /)', (a: PyValue) => Number.isNaN(x(a))),
      isclose: defineFunction('isclose(a, b, *, rel_tol=?, abs_tol=?)', (a: PyValue, b: PyValue, rel: PyValue | undefined, abs: PyValue | undefined) => {
        const p = x(a), q = x(b), r = rel === undefined ? 1e-9 : x(rel), t = abs === undefined ? 0 : x(abs);
        if (r < 0 || t < 0) throw newValueError('tolerances must be non-negative');
        if (p === q) return true;
        if (!Number.isFinite(p) || !Number.isFinite(q)) return false;
        const d = Math.abs(p - q);
        return d <= Math.abs(r * q) || d <= Math.abs(r * p) || d <= t;
      }),
      factorial: defineFunction('factorial(x, /)', (a: PyValue) => {
        if (typeof a !== 'number') throw newTypeError(`can't convert ${typeName(a)} to int`);
        if (a < 0) throw newValueError('factorial() not defined for negative values');
        let r = 1n;
        for (let i = 2n; i <= BigInt(a); i++) r *= i;
        return r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
      }),
    };
    for (const [name, fn] of Object.entries(unary)) {
      out[name] = defineFunction(`${name}(x, /)`, (a: PyValue) => domain(fn(x(a)), x(a)));
    }
    return out;
  },
};
