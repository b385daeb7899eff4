// Padding, alignment and digit grouping of a formatted number: sign, prefix ('0x'), integer
// digits, then the rest ('.5e+07', '%'), as CPython lays them out for every numeric format spec.
import { FormatSpec } from './format-spec';

export function layoutNumber(f: FormatSpec, sign: string, prefix: string, intDigits: string, rest: string): string {
  let digits = intDigits;
  if (f.grouping !== '' && intDigits !== '') { // 'inf' and 'nan' have no digits to group
    // With sign-aware zero padding the zeros are part of the grouped number ('0,001,234').
    const minWidth = f.fill === '0' && f.align === '=' ? f.width - sign.length - prefix.length - rest.length : 0;
    digits = groupDigits(intDigits, f.grouping, f.groupSize, minWidth);
  }
  const body = sign.length + prefix.length + digits.length + rest.length;
  const pad = f.width - body;
  if (pad <= 0) return sign + prefix + digits + rest;
  switch (f.align) {
    case '<':
      return sign + prefix + digits + rest + f.fill.repeat(pad);
    case '^': {
      const left = pad >> 1;
      return f.fill.repeat(left) + sign + prefix + digits + rest + f.fill.repeat(pad - left);
    }
    case '=':
      return sign + prefix + f.fill.repeat(pad) + digits + rest;
    default:
      return f.fill.repeat(pad) + sign + prefix + digits + rest;
  }
}

/**
 * Inserts `sep` every `size` digits from the right. While the result is shorter than minWidth,
 * missing leading digits are zeros, and a group is never left with a separator but no digits.
 */
export function groupDigits(digits: string, sep: string, size: number, minWidth: number): string {
  let out = '';
  let remaining = digits.length;
  let width = minWidth;
  for (;;) {
    const len = Math.min(size, Math.max(remaining, width, 1));
    const take = Math.min(remaining, len);
    const piece = '0'.repeat(len - take) + digits.slice(remaining - take, remaining);
    out = out === '' ? piece : piece + sep + out;
    remaining -= take;
    width -= len;
    if (remaining <= 0 && width <= 0) return out;
    width -= sep.length;
  }
}
