// The board's float values. CircuitPython on the SAMD51 builds MicroPython with single-precision
// floats stored inside a 32-bit object word ("object representation C"): a float object is the
// IEEE binary32 value with its two lowest fraction bits given up to the type tag. Facts from
// CircuitPython 9.2.9 py/obj.h (mp_obj_new_float / mp_obj_float_get): the value is first rounded
// to binary32 (round to nearest even, as the C conversion and the FPU do), then the two low bits
// are cleared, which truncates the 24-bit significand to 22 bits toward zero. Reading a float back
// does not restore them (10.x fills them from the bits above; 9.x does not).
//
// Arithmetic on the board happens in binary32. A JS double result of +, -, *, / or sqrt of two
// binary32 operands, rounded once to binary32, equals the binary32 result (a double has more than
// twice float's precision), so rounding here at the constructor reproduces the board's arithmetic.
// math functions round the double result; the board's libm is within an ulp of that, and the two
// cleared bits hide most of the difference.

const single = new Float32Array(1);
const bits = new Uint32Array(single.buffer);

/** The float the board would hold for x: binary32, significand truncated to 22 bits. */
export function toBoardFloat(x: number): number {
  single[0] = x;
  bits[0] &= ~3;
  return single[0];
}

/** x rounded to binary32 (the board's intermediate results inside one operation). */
export const f32 = Math.fround;

const powCache = new Map<number, number>();

/**
 * 10**n in binary32, as the board's powf gives it for whole n: exact up to 10**10 and correctly
 * rounded beyond (assumed for the board's libm; it is specified to within an ulp).
 */
export function pow10f(n: number): number {
  let p = powCache.get(n);
  if (p === undefined) {
    p = f32(Number(`1e${n}`));
    powCache.set(n, p);
  }
  return p;
}

/** The binary exponent field minus the bias, as the board's formatter reads it (-127 for subnormals and zero). */
export function binaryExponent(x: number): number {
  single[0] = x;
  return ((bits[0] >>> 23) & 0xff) - 127;
}

/** Whether x (non-negative) is below 1.0, compared as the formatter compares: on the bit pattern. */
export function bitsBelowOne(x: number): boolean {
  single[0] = x;
  return bits[0] < 0x3f800000;
}
