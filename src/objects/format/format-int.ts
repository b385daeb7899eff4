// format(int, spec): the format-spec mini-language for ints (b c d o x X n, and the float types
// by converting to float first). bool formats as its int value, except with an empty spec ('True').
import { overflowError, valueError } from './format-error';
import { parseFormatSpec, unknownFormatCode } from './format-spec';
import { formatFloatWith } from './format-float';
import { intToFloat, PyInt } from './int-convert';
import { layoutNumber } from './number-layout';

/** format(bool, spec): 'True' / 'False' with an empty spec, otherwise formatted as the int 1 / 0. */
export function formatBool(value: boolean, spec: string): string {
  if (spec === '') return value ? 'True' : 'False';
  return formatInt(value ? 1 : 0, spec, 'bool');
}

/** typeName: the Python type named in error messages (an int subclass gives its own). */
export function formatInt(value: PyInt, spec: string, typeName = 'int'): string {
  // Hot path: '{}' and str() of an int.
  if (spec === '') return typeof value === 'number' ? String(value) : value.toString();
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  let base = 10;
  switch (f.type) {
    case 'd': case 'n': break;
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'c': break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatWith(intToFloat(value), f);
    default:
      throw unknownFormatCode(f.type, typeName);
  }
  if (f.precision >= 0) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNegZero) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  const negative = value < 0;
  if (f.type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof value === 'bigint' && (value >= 2n ** 63n || value < -(2n ** 63n))) {
      throw overflowError('Python int too large to convert to C long'); // CPython reads the value as a C long first
    }
    if (negative || value > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    return layoutNumber(f, '', '', String.fromCodePoint(Number(value)), '');
  }
  let digits = (negative ? -value : value).toString(base);
  if (f.type === 'X') digits = digits.toUpperCase();
  const prefix = f.alternate && base !== 10 ? '0' + f.type : '';
  const sign = negative ? '-' : f.sign === '+' || f.sign === ' ' ? f.sign : '';
  return layoutNumber(f, sign, prefix, digits, '');
}
