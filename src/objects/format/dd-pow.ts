// Powers of floats in double-double arithmetic (about 100 bits), rounded once at the end: x ** y as
// exp(y · log x), correctly rounded unless the true value lies within ~2**-100 of a rounding midpoint
// (practically only x a few ulps from 1), and x ** n by multiplication, which says when it cannot be
// sure (the caller then computes the exact power).

// The result of the last double-double operation, high and low part. A typed array keeps the doubles
// unboxed: module-level variables would allocate a heap number on every write.
const R = new Float64Array(2);

const SPLIT = 134217729; // 2**27 + 1, for Dekker's exact product

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  R[1] = (a - (s - bb)) + (b - bb);
  R[0] = s;
}

function quickTwoSum(a: number, b: number): void {
  const s = a + b;
  R[1] = b - (s - a);
  R[0] = s;
}

function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  R[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  R[0] = p;
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s1 = R[0];
  let s2 = R[1];
  twoSum(al, bl);
  const t1 = R[0];
  const t2 = R[1];
  s2 += t1;
  quickTwoSum(s1, s2);
  quickTwoSum(R[0], R[1] + t2);
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = R[0];
  const e = R[1] + (ah * bl + al * bh);
  quickTwoSum(p, e);
}

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;

// 1/n! as double-doubles, n = 0..10: the Taylor coefficients of exp.
const INV_FACT_HI = [1, 1, 0.5, 0.16666666666666666, 0.041666666666666664, 0.008333333333333333,
  0.001388888888888889, 0.0001984126984126984, 2.48015873015873e-05, 2.7557319223985893e-06, 2.755731922398589e-07];
const INV_FACT_LO = [0, 0, 0, 9.25185853854297e-18, 2.3129646346357427e-18, 1.1564823173178714e-19,
  -5.300543954373577e-20, 1.7209558293420705e-22, 2.1511947866775882e-23, -1.858393274046472e-22, 2.3767714622250297e-23];

// Table-free exp and log, slower: used once, at load, to build the tables of the fast ones below.

/** exp(xh + xl) as (R[0] + R[1])·2**k; returns k. Needs |x| < 746. */
function slowExp(xh: number, xl: number): number {
  const k = Math.round(xh / LN2_HI);
  twoProd(k, LN2_HI);
  ddAdd(xh, xl, -R[0], -R[1]);
  ddAdd(R[0], R[1], -k * LN2_LO, 0);
  // exp(r) = exp(r / 256)**256: the series converges in a few terms for the small argument.
  const rh = R[0] / 256;
  const rl = R[1] / 256;
  let ph = INV_FACT_HI[10];
  let pl = INV_FACT_LO[10];
  for (let n = 9; n >= 0; n--) {
    ddMul(ph, pl, rh, rl);
    ddAdd(R[0], R[1], INV_FACT_HI[n], INV_FACT_LO[n]);
    ph = R[0];
    pl = R[1];
  }
  for (let i = 0; i < 8; i++) {
    ddMul(ph, pl, ph, pl);
    ph = R[0];
    pl = R[1];
  }
  R[0] = ph;
  R[1] = pl;
  return k;
}

/** log(m) as R[0] + R[1], for m in [0.6, 1.5]. */
function slowLog(m: number): void {
  // One Newton step from the double estimate y0: log(m) = y0 + log(1 + t) with t = m·exp(−y0) − 1.
  const y0 = Math.log(m);
  const k = slowExp(-y0, 0);
  const scale = 2 ** k;
  const eh = R[0] * scale;
  const el = R[1] * scale;
  twoProd(m, eh);
  ddAdd(R[0], R[1] + m * el, -1, 0);
  const th = R[0];
  const tl = R[1];
  ddAdd(y0, 0, th, tl - th * th * 0.5);
}

// 2**(j/64) as double-doubles, and the series coefficients 1/(2n+1).
const EXP2_HI = new Float64Array(64);
const EXP2_LO = new Float64Array(64);
// log(c) for c = 1 + j/128, j = −40..56 (stored at j + 40): c = 1 exactly near 1, so there
// log(x) is computed without cancellation, to full relative precision.
const LOG_HI = new Float64Array(97);
const LOG_LO = new Float64Array(97);
const ODD_HI = new Float64Array(9);
const ODD_LO = new Float64Array(9);
let tablesBuilt = false;

// Built on the first real power, not at load: building them was a twentieth of an empty program's
// start-up.
function buildTables(): void {
  tablesBuilt = true;
  for (let j = 0; j < 64; j++) {
    twoProd(j, LN2_HI / 64);
    ddAdd(R[0], R[1], j * (LN2_LO / 64), 0);
    const k = slowExp(R[0], R[1]);
    EXP2_HI[j] = R[0] * 2 ** k;
    EXP2_LO[j] = R[1] * 2 ** k;
  }
  for (let j = -40; j <= 56; j++) {
    slowLog(1 + j / 128);
    LOG_HI[j + 40] = R[0];
    LOG_LO[j + 40] = R[1];
  }
  for (let n = 0; n < 9; n++) {
    const d = 2 * n + 1;
    const q = 1 / d;
    twoProd(q, d);
    ODD_HI[n] = q;
    ODD_LO[n] = ((1 - R[0]) - R[1]) / d;
  }
}

/** exp(xh + xl) as (R[0] + R[1])·2**k; returns k. Needs |x| < 746. */
function ddExp(xh: number, xl: number): number {
  // x = k·ln2/64 + r with |r| ≤ ln2/128, and exp(x) = 2**(k >> 6) · 2**((k & 63)/64) · exp(r).
  const k = Math.round(xh * (64 / LN2_HI));
  twoProd(k, LN2_HI / 64);
  ddAdd(xh, xl, -R[0], -R[1]);
  ddAdd(R[0], R[1], -k * (LN2_LO / 64), 0);
  const rh = R[0];
  const rl = R[1];
  let ph = INV_FACT_HI[10];
  let pl = INV_FACT_LO[10];
  for (let n = 9; n >= 0; n--) {
    ddMul(ph, pl, rh, rl);
    ddAdd(R[0], R[1], INV_FACT_HI[n], INV_FACT_LO[n]);
    ph = R[0];
    pl = R[1];
  }
  const j = k & 63;
  ddMul(ph, pl, EXP2_HI[j], EXP2_LO[j]);
  return (k - j) / 64;
}

/** log(x) as R[0] + R[1], for a positive finite x. */
function ddLog(x: number): void {
  // x = m · 2**e with m within √2 of 1, m = c·(1 + u/c) with c = 1 + j/128 from the table, and
  // log(1 + u/c) = 2·atanh(v) with v = u / (m + c), whose series converges fast for |v| < 1/256.
  const e = Math.round(Math.log2(x));
  // 2**1024 is not a double: the largest values are scaled in two steps.
  const m = e > 1023 ? x / 2 ** 1023 / 2 ** (e - 1023) : x / 2 ** e;
  const j = Math.round((m - 1) * 128);
  const c = 1 + j / 128;
  const u = m - c; // exact
  twoSum(m, c);
  const dh = R[0];
  const dl = R[1];
  const q1 = u / dh;
  twoProd(q1, dh);
  quickTwoSum(q1, ((u - R[0]) - R[1] - q1 * dl) / dh);
  const vh = R[0];
  const vl = R[1];
  ddMul(vh, vl, vh, vl);
  const wh = R[0];
  const wl = R[1];
  let ph = ODD_HI[8];
  let pl = ODD_LO[8];
  for (let n = 7; n >= 0; n--) {
    ddMul(ph, pl, wh, wl);
    ddAdd(R[0], R[1], ODD_HI[n], ODD_LO[n]);
    ph = R[0];
    pl = R[1];
  }
  ddMul(ph, pl, vh, vl);
  ddAdd(2 * R[0], 2 * R[1], LOG_HI[j + 40], LOG_LO[j + 40]);
  const yh = R[0];
  const yl = R[1];
  twoProd(e, LN2_HI);
  ddAdd(R[0], R[1] + e * LN2_LO, yh, yl);
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
      rh = R[0];
      rl = R[1];
    }
    k >>= 1;
    if (k === 0) break;
    ddMul(bh, bl, bh, bl);
    bh = R[0];
    bl = R[1];
  }
  if (n < 0) {
    // 1 / (rh + rl): a first quotient, then the residual 1 − q·r divided once more.
    const q = 1 / rh;
    twoProd(q, rh);
    const residual = (1 - R[0]) - R[1] - q * rl;
    quickTwoSum(q, residual / rh);
    rh = R[0];
    rl = R[1];
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
  if (!tablesBuilt) buildTables();
  ddLog(x);
  ddMul(y, 0, R[0], R[1]);
  const k = ddExp(R[0], R[1]);
  return k > 1000 ? R[0] * 2 ** 1000 * 2 ** (k - 1000) : R[0] * 2 ** k;
}
