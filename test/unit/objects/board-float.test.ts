// Device-exact floats (src/objects/format/board-float*.ts): the board's 30-bit values, how the
// board prints them and how it reads literals. Expected values follow from the facts in those
// files' headers (CircuitPython 9.2.9, py/obj.h, py/formatfloat.c, py/parsenum.c), worked by hand
// on the binary32 bit patterns given beside them.
import t from 'tap';
import { toBoardFloat } from '../../../src/objects/format/board-float';
import { boardFloatRepr, boardFormatFloat } from '../../../src/objects/format/board-float-format';
import { boardParseDecimal } from '../../../src/objects/format/board-float-parse';
import { PyFloat } from '../../../src/objects/core';
import { setBoardFloats } from '../../../src/objects/board-mode';

/** The float whose binary32 bit pattern is `bits`. */
function f32bits(bits: number): number {
  const b = new Uint32Array([bits]);
  return new Float32Array(b.buffer)[0];
}

function bitsOf(x: number): number {
  return new Uint32Array(new Float32Array([x]).buffer)[0];
}

t.test('toBoardFloat: binary32, then the two low fraction bits cleared', async (t) => {
  t.equal(toBoardFloat(1), 1);
  t.equal(bitsOf(toBoardFloat(0.1)), 0x3dcccccc, '0.1 is 0x3dcccccd in binary32; the low bits 01 go');
  t.equal(toBoardFloat(-0.1), -toBoardFloat(0.1), 'sign and magnitude: negatives truncate toward zero too');
  t.equal(toBoardFloat(1 + 2 ** -23), 1, 'the last fraction bit is gone');
  t.equal(toBoardFloat(1 + 3 * 2 ** -23), 1, 'so are the last two');
  t.equal(toBoardFloat(1 + 2 ** -21), 1 + 2 ** -21, 'the third from last stays');
  t.equal(toBoardFloat(1 + 3.5 * 2 ** -23), 1 + 2 ** -21, 'a tie rounds to even (4 ulps) before the bits are cleared');
  t.equal(toBoardFloat(1 + 3.49 * 2 ** -23), 1, 'just below the tie rounds to 3 ulps, then truncates to 1');
  t.equal(toBoardFloat(16777217), 16777216, '2**24 + 1 is not a binary32 value');
  t.equal(toBoardFloat(16777220), 16777216, '2**24 + 4 is, but needs the cleared bits');
});

t.test('toBoardFloat: subnormals, zeros, infinities, NaN, overflow', async (t) => {
  t.equal(toBoardFloat(2 ** -149), 0, 'the smallest subnormal is only the lowest bit');
  t.equal(toBoardFloat(3 * 2 ** -149), 0);
  t.equal(toBoardFloat(2 ** -147), 2 ** -147, 'bit 2 of a subnormal stays');
  t.equal(toBoardFloat(1e-40), f32bits(bitsOf(1e-40) & ~3));
  t.ok(Object.is(toBoardFloat(-0), -0), 'negative zero keeps its sign');
  t.ok(Object.is(toBoardFloat(0), 0));
  t.equal(toBoardFloat(Infinity), Infinity);
  t.equal(toBoardFloat(-Infinity), -Infinity);
  t.ok(Number.isNaN(toBoardFloat(NaN)));
  t.equal(toBoardFloat(1e300), Infinity, 'a double beyond binary32 becomes inf');
  t.equal(toBoardFloat(-1e39), -Infinity);
  t.equal(toBoardFloat(2 ** 128 - 2 ** 103), Infinity, 'halfway above the largest binary32 rounds to inf');
  t.equal(toBoardFloat(2 ** 128 - 2 ** 103 - 2 ** 80), f32bits(0x7f7ffffc), 'just below it: the largest binary32, truncated');
});

t.test('PyFloat reduces its value only while board floats are on', async (t) => {
  t.equal(new PyFloat(0.1).value, 0.1);
  setBoardFloats(true);
  try {
    t.equal(new PyFloat(0.1).value, toBoardFloat(0.1));
    t.equal(new PyFloat(1 / 3).value, f32bits(0x3eaaaaa8));
  } finally {
    setBoardFloats(false);
  }
  t.equal(new PyFloat(0.1).value, 0.1);
});

t.test('str/repr: %g with 6 digits, .0 when no point or exponent', async (t) => {
  const r = (x: number) => boardFloatRepr(toBoardFloat(x));
  t.equal(r(1 / 3), '0.333333');
  t.equal(r(2), '2.0');
  t.equal(r(1e20), '1e+20');
  t.equal(r(1e6), '1e+06');
  t.equal(r(123456.7), '123457.0', 'six digits, positional up to the precision');
  t.equal(r(100000), '100000.0');
  t.equal(r(Math.SQRT2), '1.41421');
  t.equal(r(Math.PI), '3.14159');
  t.equal(r(0.3), '0.3');
  t.equal(r(1.5e-7), '1.5e-07');
  t.equal(r(-2.5), '-2.5');
  t.equal(r(-0), '-0.0');
  t.equal(r(0), '0.0');
  t.equal(r(Infinity), 'inf');
  t.equal(r(-Infinity), '-inf');
  t.equal(r(NaN), 'nan');
  t.equal(r(3.4e38), '3.4e+38');
  t.equal(r(1.17549435e-38), '1.17549e-38');
  // 999999.5 is exact in binary32; 'g' writes it positionally with no decimals, and the rounding
  // digit (5) carries into a seventh digit that 'g' never takes back.
  t.equal(r(999999.5), '1000000.0');
  // 0.0001 becomes 0x38d1b714, just below 1e-4, so its exponent is -5: 9.99999|9 rounds to 1e-04.
  t.equal(r(0.0001), '1e-04');
});

t.test('the formatter: e, f, g, precision, sign, buffer limits', async (t) => {
  const b = (x: number, type: string, prec: number, sign = '', buf = 32) => boardFormatFloat(toBoardFloat(x), type, prec, sign, buf);
  t.equal(b(1 / 3, 'f', 2), '0.33');
  t.equal(b(2.25, 'f', 1), '2.3', 'half up on the next digit (CPython: 2.2)');
  t.equal(b(1e20, 'e', -1), '1.000000e+20');
  t.equal(b(12345.678, 'E', 3), '1.235E+04');
  t.equal(b(1234.5, 'g', 3), '1.23e+03');
  t.equal(b(0.5, 'f', -1, '+'), '+0.500000');
  t.equal(b(0, 'e', 2), '0.00e+00');
  t.equal(b(0, 'g', -1), '0');
  t.equal(b(Infinity, 'F', 2), 'INF');
  t.equal(b(1e35, 'f', 2), '1.00e+35', "'f' of a number wider than the buffer switches to 'e'");
  // 1e30 truncated is below binary32's 1e30, so it has 30 digits: no room is left for decimals, and
  // the digits are those of subtracting binary32 powers of ten.
  t.equal(b(1e30, 'f', 2), '999999864246029460177245003776');
  t.equal(b(1 / 3, 'f', 40).length, 31, 'precision is cut to fit 31 characters');
  t.equal(b(0.1, 'f', 10), '0.0999999905', 'digits of the truncated value, made by *10 in binary32');
});

t.test('literals: digits gathered in binary32, one scaling by a power of ten', async (t) => {
  const p = (s: string) => toBoardFloat(boardParseDecimal(s));
  t.equal(p('0.1'), toBoardFloat(0.1), '1 / 10');
  t.equal(p('2.5e3'), 2500);
  t.equal(p('-1.5'), -1.5);
  t.equal(p('1e10'), f32bits(bitsOf(1e10) & ~3), '10**10 is exact in binary32; the cleared bits make it 9999998976');
  t.equal(p('1e10'), 9999998976);
  t.equal(p('100.000'), 100, 'trailing zeros are held back and cost nothing');
  t.equal(p('1e-45'), 0, 'below 1e-37 it scales by 1e-37 first; 1e-45 is the lowest subnormal bit, which is cleared');
  t.equal(p('1e39'), Infinity);
  t.equal(p('123456789012345678901234567890'), p('1.23456789012345678901e29'), 'digits past 1e20 only count as powers of ten');
});
