// str % args: printf-style formatting as CPython 3.11 does it for str (conversions s r a d i u o x X
// e E f F g G c %, flags '#0- +', width and precision with '*', '%(key)' lookups in a mapping).
import { FormatError, overflowError, typeError, valueError } from './format-error';
import { FormatSpec } from './format-spec';
import { formatFloatWith } from './format-float';
import { codePointLength, codePointSlice } from './format-str';
import { floatToInt, intToFloat, PyInt } from './int-convert';

/** What both str % and bytes % need to know about Python objects, supplied by the object model. */
export interface PercentValueHooks<V> {
  kind(v: V): 'int' | 'float' | 'str' | 'bool' | 'other';
  intValue(v: V): PyInt; // for kind 'int' and 'bool'
  floatValue(v: V): number; // for kind 'float'
  ascii(v: V): string;
  isTuple(v: V): boolean;
  tupleItems(v: V): readonly V[];
  /** True for any object with a mapping-style __getitem__ other than tuple and str (dict, list, ...). */
  isMapping(v: V): boolean;
  typeName(v: V): string;
}

/** What str % args needs besides. */
export interface PercentHooks<V> extends PercentValueHooks<V> {
  str(v: V): string;
  repr(v: V): string;
  getItem(m: V, key: string): V;
}

/** What differs between str % and bytes %: text conversions, '%(key)' lookups, what counts as text. */
export interface TextMode<V, H> {
  /** The text for conversion s, r, a, c (bytes also b), or undefined when conv is not one of them. */
  text(conv: string, v: V, hooks: H): string | undefined;
  lookup(mapping: V, key: string, hooks: H): V;
  /** A text value on the right of % is one argument, never a mapping. */
  isText(v: V, hooks: H): boolean;
  /** 'string' or 'bytes', as error messages name the operation. */
  name: string;
  /** The error for an unknown conversion character (char code `code` at index `at`). */
  unsupported(code: number, at: number): FormatError;
  /** The error for a non-number given to e E f F g G. */
  notAFloat(typeName: string): FormatError;
  /** How integer conversions name themselves in errors ('%i' is '%d' for bytes). */
  integerName(conv: string): string;
}

/** CPython's error for an unknown conversion character; it shows non-ASCII ones as '?'. */
export function unsupportedCharacter(code: number, at: number): FormatError {
  const shown = code >= 32 && code <= 126 ? String.fromCharCode(code) : '?';
  return valueError(`unsupported format character '${shown}' (0x${code.toString(16)}) at index ${at}`);
}

const STR_MODE: TextMode<unknown, PercentHooks<unknown>> = {
  text(conv, v, hooks) {
    switch (conv) {
      case 's': return hooks.str(v);
      case 'r': return hooks.repr(v);
      case 'a': return hooks.ascii(v);
      case 'c': return charOf(v, hooks);
      default: return undefined;
    }
  },
  lookup: (mapping, key, hooks) => hooks.getItem(mapping, key),
  isText: (v, hooks) => hooks.kind(v) === 'str',
  name: 'string',
  unsupported: unsupportedCharacter,
  notAFloat: typeName => typeError('must be real number, not ' + typeName),
  integerName: conv => conv,
};

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** CPython's argument cursor: a tuple is walked item by item, any other object counts as one item. */
interface ArgState<V> {
  args: V;
  items: readonly V[] | null;
  next: number; // index into items, or for a single object: 0 before use, 1 after
}

function nextArg<V>(st: ArgState<V>): V {
  if (st.items !== null) {
    if (st.next < st.items.length) return st.items[st.next++];
  } else if (st.next === 0) {
    st.next = 1;
    return st.args;
  }
  throw typeError('not enough arguments for format string');
}

export function percentFormat<V>(fmt: string, args: V, hooks: PercentHooks<V>): string {
  return percentCore(fmt, args, hooks, STR_MODE as TextMode<V, PercentHooks<V>>);
}

/** The formatter shared by str and bytes; for bytes, fmt and the result hold one byte per char. */
export function percentCore<V, H extends PercentValueHooks<V>>(fmt: string, args: V, hooks: H, mode: TextMode<V, H>): string {
  const isTuple = hooks.isTuple(args);
  const dict = !isTuple && !mode.isText(args, hooks) && hooks.isMapping(args) ? args : null;
  const st: ArgState<V> = { args, items: isTuple ? hooks.tupleItems(args) : null, next: 0 };
  const n = fmt.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += i === 0 ? fmt : fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) throw valueError('incomplete format');
    if (fmt.charCodeAt(i) === 37) {
      out += '%';
      i++;
      continue;
    }
    if (fmt.charCodeAt(i) === 40) {
      // '%(key)': the key runs to the matching ')' and selects the single argument.
      if (dict === null) throw typeError('format requires a mapping');
      let depth = 1;
      const keyStart = ++i;
      while (i < n && depth > 0) {
        const c = fmt.charCodeAt(i);
        if (c === 40) depth++;
        else if (c === 41) depth--;
        i++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      st.args = mode.lookup(dict, fmt.slice(keyStart, i - 1), hooks);
      st.items = null;
      st.next = 0;
    }
    let flags = 0;
    for (; i < n; i++) {
      const c = fmt.charCodeAt(i);
      if (c === 45) flags |= F_LJUST;
      else if (c === 43) flags |= F_SIGN;
      else if (c === 32) flags |= F_BLANK;
      else if (c === 35) flags |= F_ALT;
      else if (c === 48) flags |= F_ZERO;
      else break;
    }
    let width = -1;
    if (fmt.charCodeAt(i) === 42) {
      width = starArg(nextArg(st), hooks);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      i++;
    } else {
      while (i < n && isDigit(fmt.charCodeAt(i))) width = Math.max(width, 0) * 10 + fmt.charCodeAt(i++) - 48;
    }
    let precision = -1;
    if (fmt.charCodeAt(i) === 46) {
      i++;
      precision = 0;
      if (fmt.charCodeAt(i) === 42) {
        precision = Math.max(0, starArg(nextArg(st), hooks));
        i++;
      } else {
        while (i < n && isDigit(fmt.charCodeAt(i))) precision = precision * 10 + fmt.charCodeAt(i++) - 48;
        if (precision > 2 ** 31 - 1) throw valueError('precision too big'); // CPython keeps it in a C int
      }
    }
    const lm = fmt.charCodeAt(i);
    if (lm === 104 || lm === 108 || lm === 76) i++; // C length modifiers h l L are accepted and ignored
    if (i >= n) throw valueError('incomplete format');
    const conv = fmt[i];
    const convIndex = i;
    i++;
    const v = nextArg(st);
    const text = mode.text(conv, v, hooks);
    if (text !== undefined) out += padText(conv === 'c' || precision < 0 ? text : truncate(text, precision), flags, width);
    else out += convert(fmt, convIndex, conv, v, flags, width, precision, hooks, mode);
  }
  const leftOver = st.items !== null ? st.next < st.items.length : st.next === 0;
  if (leftOver && dict === null) throw typeError(`not all arguments converted during ${mode.name} formatting`);
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function truncate(s: string, precision: number): string {
  return codePointLength(s) > precision ? codePointSlice(s, precision) : s;
}

function starArg<V>(v: V, hooks: PercentValueHooks<V>): number {
  const k = hooks.kind(v);
  if (k !== 'int' && k !== 'bool') throw typeError('* wants int');
  return Number(hooks.intValue(v));
}

/** The numeric conversions, shared by str and bytes. */
function convert<V, H extends PercentValueHooks<V>>(fmt: string, at: number, conv: string, v: V, flags: number,
  width: number, precision: number, hooks: H, mode: TextMode<V, H>): string {
  switch (conv) {
    case 'd': case 'i': case 'u':
      return formatInteger(integerArg(v, mode.integerName(conv), true, hooks), 10, conv, flags, width, precision);
    case 'o': case 'x': case 'X':
      return formatInteger(integerArg(v, conv, false, hooks), conv === 'o' ? 8 : 16, conv, flags, width, precision);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const k = hooks.kind(v);
      let x: number;
      if (k === 'float') x = hooks.floatValue(v);
      else if (k === 'int' || k === 'bool') x = intToFloat(hooks.intValue(v));
      else throw mode.notAFloat(hooks.typeName(v));
      return formatFloatWith(x, floatSpec(conv, flags, width, precision));
    }
    default:
      throw mode.unsupported(fmt.codePointAt(at)!, codePointLength(fmt.slice(0, at)));
  }
}

function padText(s: string, flags: number, width: number): string {
  const pad = width - codePointLength(s);
  if (pad <= 0) return s;
  return flags & F_LJUST ? s + ' '.repeat(pad) : ' '.repeat(pad) + s;
}

function charOf<V>(v: V, hooks: PercentHooks<V>): string {
  const k = hooks.kind(v);
  if (k === 'str') {
    const s = hooks.str(v);
    if (codePointLength(s) === 1) return s;
  } else if (k === 'int' || k === 'bool') {
    const c = hooks.intValue(v);
    if (c < 0 || c > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    return String.fromCodePoint(Number(c));
  }
  throw typeError('%c requires int or char');
}

function integerArg<V>(v: V, conv: string, acceptFloat: boolean, hooks: PercentValueHooks<V>): PyInt {
  const k = hooks.kind(v);
  if (k === 'int' || k === 'bool') return hooks.intValue(v);
  if (k === 'float' && acceptFloat) return floatToInt(hooks.floatValue(v));
  const what = acceptFloat ? 'a real number' : 'an integer';
  throw typeError(`%${conv} format: ${what} is required, not ${hooks.typeName(v)}`);
}

function formatInteger(value: PyInt, base: number, conv: string, flags: number, width: number, precision: number): string {
  const negative = value < 0;
  let digits = (negative ? -value : value).toString(base);
  if (conv === 'X') digits = digits.toUpperCase();
  if (precision > digits.length) digits = '0'.repeat(precision - digits.length) + digits;
  const sign = negative ? '-' : flags & F_SIGN ? '+' : flags & F_BLANK ? ' ' : '';
  const prefix = flags & F_ALT && base !== 10 ? '0' + conv : '';
  const pad = width - sign.length - prefix.length - digits.length;
  if (pad <= 0) return sign + prefix + digits;
  if (flags & F_LJUST) return sign + prefix + digits + ' '.repeat(pad);
  if (flags & F_ZERO) return sign + prefix + '0'.repeat(pad) + digits;
  return ' '.repeat(pad) + sign + prefix + digits;
}

function floatSpec(type: string, flags: number, width: number, precision: number): FormatSpec {
  const ljust = (flags & F_LJUST) !== 0;
  const zero = !ljust && (flags & F_ZERO) !== 0;
  return {
    fill: zero ? '0' : ' ',
    align: ljust ? '<' : zero ? '=' : '>',
    sign: flags & F_SIGN ? '+' : flags & F_BLANK ? ' ' : '',
    noNegZero: false,
    alternate: (flags & F_ALT) !== 0,
    width,
    grouping: '',
    groupSize: 3,
    precision,
    type,
  };
}
