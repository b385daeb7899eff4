// Parsing of the format-spec mini-language shared by int, float and str:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type], with CPython 3.11's ValueErrors.
import { FormatError, valueError } from './format-error';

export interface FormatSpec {
  readonly fill: string; // one code point
  readonly align: string; // '<' '>' '^' '=' (the type's default when not given)
  readonly sign: string; // '' '+' '-' ' '
  readonly noNegZero: boolean; // 'z'
  readonly alternate: boolean; // '#'
  readonly width: number; // -1 when not given
  readonly grouping: string; // '' ',' '_'
  readonly groupSize: number; // 3, or 4 for '_' with b o x X
  readonly precision: number; // -1 when not given
  readonly type: string; // '' when not given (after defaulting)
}

function isAlign(c: number): boolean {
  return c === 60 || c === 62 || c === 94 || c === 61; // < > ^ =
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const MAX_DECIMAL_DIGITS = 2 ** 63 - 1; // CPython reads width and precision into a C ssize_t

/**
 * Parses `spec` for an object of Python type `typeName`, whose defaults are `defaultType`
 * ('d' for int, '' for float, 's' for str) and `defaultAlign` ('>' for numbers, '<' for str).
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  // Games format the same few specs every frame. The cache holds only successful, immutable
  // parses of a pure function, so sharing it between runtimes is harmless. It is keyed by type
  // name, then by the spec itself: a spec from a template is the same string every time, whose
  // hash V8 keeps, where a joined key would be a new string to hash on every call.
  let byType = specCache.get(typeName);
  if (byType === undefined) specCache.set(typeName, byType = new Map());
  const cached = byType.get(spec);
  if (cached !== undefined) return cached;
  const parsed = parseUncached(spec, typeName, defaultType, defaultAlign);
  if (byType.size >= SPEC_CACHE_SIZE) byType.clear();
  byType.set(spec, parsed);
  return parsed;
}

const SPEC_CACHE_SIZE = 256;
const specCache = new Map<string, Map<string, FormatSpec>>();

function parseUncached(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  const end = spec.length;
  let pos = 0;
  let fill = ' ';
  let align = defaultAlign;
  let fillGiven = false;
  let alignGiven = false;
  // The fill may be any code point, including an astral one (two UTF-16 units).
  const c0 = end > 0 ? spec.codePointAt(0)! : 0;
  const fillLen = c0 > 0xffff ? 2 : 1;
  if (end > fillLen && isAlign(spec.charCodeAt(fillLen))) {
    fill = spec.slice(0, fillLen);
    align = spec[fillLen];
    fillGiven = alignGiven = true;
    pos = fillLen + 1;
  } else if (end > 0 && isAlign(c0)) {
    align = spec[0];
    alignGiven = true;
    pos = 1;
  }
  let sign = '';
  if (pos < end) {
    const c = spec.charCodeAt(pos);
    if (c === 43 || c === 45 || c === 32) {
      sign = spec[pos];
      pos++;
    }
  }
  let noNegZero = false;
  if (pos < end && spec.charCodeAt(pos) === 122) {
    noNegZero = true;
    pos++;
  }
  let alternate = false;
  if (pos < end && spec.charCodeAt(pos) === 35) {
    alternate = true;
    pos++;
  }
  if (!fillGiven && pos < end && spec.charCodeAt(pos) === 48) {
    // A leading '0' asks for zero fill, and for sign-aware padding unless an alignment was given.
    fill = '0';
    if (!alignGiven && defaultAlign === '>') align = '=';
  }
  let width = -1;
  let start = pos;
  while (pos < end && isDigit(spec.charCodeAt(pos))) pos++;
  if (pos > start) width = readNumber(spec, start, pos);
  let grouping = '';
  if (pos < end && spec.charCodeAt(pos) === 44) {
    grouping = ',';
    pos++;
  }
  if (pos < end && spec.charCodeAt(pos) === 95) {
    if (grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
  }
  if (pos < end && spec.charCodeAt(pos) === 44 && grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  let precision = -1;
  if (pos < end && spec.charCodeAt(pos) === 46) {
    pos++;
    start = pos;
    while (pos < end && isDigit(spec.charCodeAt(pos))) pos++;
    if (pos === start) throw valueError('Format specifier missing precision');
    precision = readNumber(spec, start, pos);
  }
  if (end - pos > 1) {
    throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  const type = pos < end ? spec[pos] : defaultType;
  let groupSize = 3;
  if (grouping !== '') {
    switch (type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (grouping === '_') {
          groupSize = 4;
          break;
        }
        throw invalidGrouping(grouping, type);
      default:
        throw invalidGrouping(grouping, type);
    }
  }
  return { fill, align, sign, noNegZero, alternate, width, grouping, groupSize, precision, type };
}

function readNumber(spec: string, start: number, stop: number): number {
  let n = 0;
  for (let i = start; i < stop; i++) {
    n = n * 10 + (spec.charCodeAt(i) - 48);
    if (n > MAX_DECIMAL_DIGITS) throw valueError('Too many decimal digits in format string');
  }
  return n;
}

function invalidGrouping(grouping: string, type: string): FormatError {
  return valueError(`Cannot specify '${grouping}' with ${typeForMessage(type)}.`);
}

/** A type code quoted for an error message; CPython writes non-printable codes as '\x1'. */
export function typeForMessage(type: string): string {
  const c = type.codePointAt(0)!;
  return c > 32 && c < 128 ? `'${type}'` : `'\\x${c.toString(16)}'`;
}

export function unknownFormatCode(type: string, typeName: string): FormatError {
  return valueError(`Unknown format code ${typeForMessage(type)} for object of type '${typeName}'`);
}
