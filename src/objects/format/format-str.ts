// format(str, spec): the format-spec mini-language for strings (type 's' only, precision truncates).
import { valueError } from './format-error';
import { parseFormatSpec, unknownFormatCode } from './format-spec';

/** typeName: the Python type named in error messages (a str subclass gives its own). */
export function formatStr(value: string, spec: string, typeName = 'str'): string {
  if (spec === '') return value;
  const f = parseFormatSpec(spec, typeName, 's', '<');
  if (f.type !== 's') throw unknownFormatCode(f.type, typeName);
  if (f.sign === ' ') throw valueError('Space not allowed in string format specifier');
  if (f.sign !== '') throw valueError('Sign not allowed in string format specifier');
  if (f.noNegZero) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let s = value;
  let len = codePointLength(s);
  if (f.precision >= 0 && len > f.precision) {
    s = codePointSlice(s, f.precision);
    len = f.precision;
  }
  return padText(s, len, f.width, f.align, f.fill);
}

/** s (len code points long) padded to `width` code points with `fill`, aligned '<', '>' or '^'. */
export function padText(s: string, len: number, width: number, align: string, fill: string): string {
  const pad = width - len;
  if (pad <= 0) return s;
  if (align === '>') return fill.repeat(pad) + s;
  if (align === '^') {
    const left = pad >> 1;
    return fill.repeat(left) + s + fill.repeat(pad - left);
  }
  return s + fill.repeat(pad);
}

/** len() of a Python str held as a JS string: surrogate pairs count once. */
export function codePointLength(s: string): number {
  const n = s.length;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return n - pairs;
}

/** The first `count` code points of s. */
export function codePointSlice(s: string, count: number): string {
  let i = 0;
  for (let k = 0; k < count && i < s.length; k++) {
    const c = s.charCodeAt(i);
    const d = s.charCodeAt(i + 1);
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
  }
  return s.slice(0, i);
}
