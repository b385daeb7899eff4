// Parsing of str.format / format_map templates: literal text and replacement fields
// ({name.attr[key]!r:spec}, auto or manual numbering, nested fields in the spec), with CPython's errors.
import { FormatError, valueError } from './format-error';

/** One `.attr` or `[key]` step after the field's first name; an all-digits key is an int. */
export interface FormatAccessor {
  kind: 'attr' | 'item';
  key: string | number;
}

export interface FormatField {
  /** Positional index (explicit or auto-numbered) or keyword name. */
  arg: number | string;
  accessors: FormatAccessor[];
  conversion: '' | 'r' | 's' | 'a';
  /** The spec: literal text and nested fields, rendered to a string before formatting the value. */
  spec: FormatPart[];
}

export type FormatPart = string | FormatField;

/**
 * The parts in order. CPython raises errors lazily, while formatting: `error`, when set, is to be
 * raised after the parts before it have been rendered (so earlier lookups fail first, as in CPython).
 */
export interface ParsedFormat {
  parts: FormatPart[];
  error: FormatError | null;
}

interface Numbering {
  mode: 'none' | 'auto' | 'manual';
  next: number;
}

// Top level, plus one level of fields nested in a spec.
const MAX_DEPTH = 2;

/** The parsed template; the result is shared between calls and must not be modified. */
export function parseFormatString(fmt: string): ParsedFormat {
  // Games format the same few templates every frame. Only immutable results of a pure function are
  // cached, so sharing the cache between runtimes is harmless.
  const cached = cache.get(fmt);
  if (cached !== undefined) return cached;
  const parsed = parseUncached(fmt);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(fmt, parsed);
  return parsed;
}

const CACHE_SIZE = 256;
const cache = new Map<string, ParsedFormat>();

function parseUncached(fmt: string): ParsedFormat {
  const parts: FormatPart[] = [];
  try {
    parseInto(fmt, MAX_DEPTH, { mode: 'none', next: 0 }, parts);
  } catch (e) {
    if (e instanceof FormatError) return { parts, error: e };
    throw e;
  }
  return { parts, error: null };
}

function parseInto(s: string, depth: number, numbering: Numbering, out: FormatPart[]): void {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  const n = s.length;
  let lit = '';
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && s.charCodeAt(j) !== 123 && s.charCodeAt(j) !== 125) j++;
    lit += s.slice(i, j);
    if (j >= n) break;
    const open = s.charCodeAt(j) === 123;
    i = j + 1;
    const doubled = i < n && s.charCodeAt(i) === s.charCodeAt(j);
    if (!open && !doubled) throw valueError("Single '}' encountered in format string");
    if (open && i >= n) throw valueError("Single '{' encountered in format string");
    if (doubled) {
      lit += s[j];
      i++;
      continue;
    }
    if (lit !== '') {
      out.push(lit);
      lit = '';
    }
    i = parseField(s, i, depth, numbering, out);
  }
  if (lit !== '') out.push(lit);
}

/** Parses the field starting after its '{'; pushes it and returns the index after its '}'. */
function parseField(s: string, start: number, depth: number, numbering: Numbering, out: FormatPart[]): number {
  const n = s.length;
  let i = start;
  let c = 0;
  let terminated = false;
  while (i < n) {
    c = s.charCodeAt(i++);
    if (c === 123) throw valueError("unexpected '{' in field name");
    if (c === 91) {
      while (i < n && s.charCodeAt(i) !== 93) i++; // ':' and '!' inside [..] belong to the key
      continue;
    }
    if (c === 125 || c === 58 || c === 33) {
      terminated = true;
      break;
    }
  }
  if (!terminated) throw valueError("expected '}' before end of string");
  const name = s.slice(start, i - 1);
  let conversion = '';
  let specText = '';
  let nested = false;
  if (c === 33 || c === 58) {
    let specDone = false;
    if (c === 33) {
      if (i >= n) throw valueError('end of string while looking for conversion specifier');
      conversion = s[i++];
      if (i < n) {
        const after = s.charCodeAt(i++);
        if (after === 125) specDone = true;
        else if (after !== 58) throw valueError("expected ':' after conversion specifier");
      }
    }
    if (!specDone) {
      const specStart = i;
      let count = 1;
      while (i < n) {
        const d = s.charCodeAt(i++);
        if (d === 123) {
          nested = true;
          count++;
        } else if (d === 125 && --count === 0) break;
      }
      if (count !== 0) throw valueError("unmatched '{' in format spec");
      specText = s.slice(specStart, i - 1);
    }
  }
  const firstEnd = firstNameEnd(name);
  const field = fieldFromFirstName(name.slice(0, firstEnd), numbering);
  try {
    parseAccessors(name, firstEnd, field.accessors);
    field.conversion = checkConversion(conversion);
    if (nested) parseInto(specText, depth - 1, numbering, field.spec);
    else if (specText !== '') field.spec.push(specText);
  } catch (e) {
    // CPython finds these errors only after looking the value up: keep what parsed, so the object
    // model's lookup errors come first, and then raise.
    field.spec = [];
    out.push(field);
    throw e;
  }
  out.push(field);
  return i;
}

function checkConversion(c: string): FormatField['conversion'] {
  if (c === '' || c === 'r' || c === 's' || c === 'a') return c;
  const code = c.codePointAt(0)!;
  const shown = code > 32 && code < 127 ? c : '\\x' + code.toString(16);
  throw valueError('Unknown conversion specifier ' + shown);
}

function firstNameEnd(name: string): number {
  let i = 0;
  while (i < name.length && name.charCodeAt(i) !== 46 && name.charCodeAt(i) !== 91) i++;
  return i;
}

function fieldFromFirstName(first: string, numbering: Numbering): FormatField {
  let arg: number | string;
  if (first === '') {
    if (numbering.mode === 'manual') {
      throw valueError('cannot switch from manual field specification to automatic field numbering');
    }
    numbering.mode = 'auto';
    arg = numbering.next++;
  } else {
    arg = asIndex(first);
    if (typeof arg === 'number') {
      if (numbering.mode === 'auto') {
        throw valueError('cannot switch from automatic field numbering to manual field specification');
      }
      numbering.mode = 'manual';
    }
  }
  return { arg, accessors: [], conversion: '', spec: [] };
}

function parseAccessors(name: string, from: number, accessors: FormatAccessor[]): void {
  const n = name.length;
  let i = from;
  while (i < n) {
    const c = name.charCodeAt(i++);
    const start = i;
    if (c === 46) {
      while (i < n && name.charCodeAt(i) !== 46 && name.charCodeAt(i) !== 91) i++;
      if (i === start) throw valueError('Empty attribute in format string');
      accessors.push({ kind: 'attr', key: name.slice(start, i) });
    } else {
      while (i < n && name.charCodeAt(i) !== 93) i++;
      if (i >= n) throw valueError("Missing ']' in format string");
      if (i === start) throw valueError('Empty attribute in format string');
      accessors.push({ kind: 'item', key: asIndex(name.slice(start, i)) });
      i++;
      if (i < n && name.charCodeAt(i) !== 46 && name.charCodeAt(i) !== 91) {
        throw valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
  }
}

/** An all-ASCII-digits name is a positional index; anything else is a name. */
function asIndex(s: string): number | string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return s;
  }
  // CPython reads the index into a C ssize_t.
  if (s.length >= 19 && BigInt(s) > 2n ** 63n - 1n) throw valueError('Too many decimal digits in format string');
  return Number(s);
}
