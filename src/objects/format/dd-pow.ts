// Powers of floats in double-double arithmetic (about 100 bits), rounded once at the end: x ** y as
// exp(y · log x), correctly rounded in all but astronomically rare cases, and x ** n by multiplication,
// which says when it cannot be sure (the caller then computes the exact power).

// The result of the last double-double operation (kept in two variables: no allocation per step).
let H = 0;
let L = 0;

const SPLIT = 134217729; // 2**27 + 1, for Dekker's exact product

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  L = (a - (s - bb)) + (b - bb);
  H = s;
}

function quickTwoSum(a: number, b: number): void {
  const s = a + b;
  L = b - (s - a);
  H = s;
}

function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  L = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  H = p;
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s1 = H;
  let s2 = L;
  twoSum(al, bl);
  const t1 = H;
  const t2 = L;
  s2 += t1;
  quickTwoSum(s1, s2);
  quickTwoSum(H, L + t2);
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = H;
  const e = L + (ah * bl + al * bh);
  quickTwoSum(p, e);
}

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;

// 1/n! as double-doubles, n = 0..10: the Taylor coefficients of exp.
const INV_FACT_HI = [1, 1, 0.5, 0.16666666666666666, 0.041666666666666664, 0.008333333333333333,
  0.001388888888888889, 0.0001984126984126984, 2.48015873015873e-05, 2.7557319223985893e-06, 2.755731922398589e-07];
const INV_FACT_LO = [0, 0, 0, 9.25185853854297e-18, 2.3129646346357427e-18, 1.1564823173178714e-19,
  -5.300543954373577e-20, 1.7209558293420705e-22, 2.1511947866775882e-23, -1.858393274046472e-22, 2.3767714622250297e-23];

/** exp(xh + xl) as H·2**k + L·2**k; returns k. Needs |x| < 746. */
function ddExp(xh: number, xl: number): number {
  const k = Math.round(xh / LN2_HI);
  twoProd(k, LN2_HI);
  ddAdd(xh, xl, -H, -L);
  ddAdd(H, L, -k * LN2_LO, 0);
  // exp(r) = exp(r / 256)**256: the series converges in a few terms for the small argument.
  const rh = H / 256;
  const rl = L / 256;
  let ph = INV_FACT_HI[10];
  let pl = INV_FACT_LO[10];
  for (let n = 9; n >= 0; n--) {
    ddMul(ph, pl, rh, rl);
    ddAdd(H, L, INV_FACT_HI[n], INV_FACT_LO[n]);
    ph = H;
    pl = L;
  }
  for (let i = 0; i < 8; i++) {
    ddMul(ph, pl, ph, pl);
    ph = H;
    pl = L;
  }
  H = ph;
  L = pl;
  return k;
}

/** log(x) as H + L, for a positive finite x. */
function ddLog(x: number): void {
  // x = m · 2**e with m near 1, so that log(m) is small and its rounding errors tiny.
  let e = Math.round(Math.log2(x));
  let m = x / 2 ** e;
  if (m === Infinity || m === 0) {
    e = e > 0 ? e - 1 : e + 1;
    m = x / 2 ** e;
  }
  // One Newton step from the double estimate y0: log(m) = y0 + log(1 + t) with t = m·exp(−y0) − 1.
  const y0 = Math.log(m);
  const k = ddExp(-y0, 0);
  const scale = 2 ** k;
  const eh = H * scale;
  const el = L * scale;
  twoProd(m, eh);
  ddAdd(H, L + m * el, -1, 0);
  const th = H;
  const tl = L;
  ddAdd(y0, 0, th, tl - th * th * 0.5);
  const yh = H;
  const yl = L;
  twoProd(e, LN2_HI);
  ddAdd(H, L + e * LN2_LO, yh, yl);
}

/**
 * x ** n for x > 0 and an integer n with 3 ≤ |n| ≤ 64, correctly rounded; NaN when the value is too
 * close to a rounding boundary to be sure, or outside the range of normal doubles.
 */
export function ddIntegerPow(x: number, n: number): number {
  let k = n < 0 ? -n : n;
  let bh = x;
  let bl = 0;
  let rh = 1;
  let rl = 0;
  for (;;) {
    if (k & 1) {
      ddMul(rh, rl, bh, bl);
      rh = H;
      rl = L;
    }
    k >>= 1;
    if (k === 0) break;
    ddMul(bh, bl, bh, bl);
    bh = H;
    bl = L;
  }
  if (n < 0) {
    // 1 / (rh + rl): a first quotient, then the residual 1 − q·r divided once more.
    const q = 1 / rh;
    twoProd(q, rh);
    const residual = (1 - H) - L - q * rl;
    quickTwoSum(q, residual / rh);
    rh = H;
    rl = L;
  }
  const ah = Math.abs(rh);
  if (!(ah > 2 ** -1000 && ah < 2 ** 1000)) return NaN;
  if (rl === 0) return rh;
  // rh is rh + rl rounded; it is the true power rounded unless the true power may lie on the other
  // side of the midpoint between rh and its neighbour towards rl.
  bits[0] = rh;
  ints[0] += (rl > 0) === (rh > 0) ? 1n : -1n;
  const half = Math.abs(bits[0] - rh) * 0.5;
  return Math.abs(Math.abs(rl) - half) > ah * 2 ** -96 ? rh : NaN;
}

const bits = new Float64Array(1);
const ints = new BigInt64Array(bits.buffer);

/** x ** y for x > 0 finite, x ≠ 1, y finite; Infinity or 0 outside the range. */
export function realPow(x: number, y: number): number {
  if (y === 0.5) return Math.sqrt(x); // correctly rounded by IEEE
  const estimate = y * Math.log(x);
  // Far outside the range or near the subnormals, where the scaling below would round twice.
  if (estimate > 710) return Infinity;
  if (estimate < -707) return Math.pow(x, y);
  ddLog(x);
  ddMul(y, 0, H, L);
  const k = ddExp(H, L);
  return k > 1000 ? H * 2 ** 1000 * 2 ** (k - 1000) : H * 2 ** k;
}
