// The JSON writer behind json.dumps/json.dump, MicroPython's way: dicts and lists nest, str is
// escaped (non-ASCII passes through unescaped), numbers and anything else print as their repr.
import { None, PyDict, PyFloat, PyList, PyTuple, PyValue, newValueError, repr } from '../../objects';

export interface Separators { item: string; key: string }

function quote(s: string): string {
  let out = '"';
  for (const c of s) {
    const code = c.codePointAt(0)!;
    if (c === '"' || c === '\\') out += '\\' + c;
    else if (code >= 32) out += c;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else out += '\\u' + code.toString(16).padStart(4, '0');
  }
  return out + '"';
}

export function toJson(v: PyValue, sep: Separators, depth = 0): string {
  if (depth > 200) throw newValueError('maximum recursion depth exceeded');
  if (v === None) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof PyFloat) return repr(v);
  if (v instanceof PyList || v instanceof PyTuple) {
    return '[' + v.items.map((x) => toJson(x, sep, depth + 1)).join(sep.item) + ']';
  }
  if (v instanceof PyDict) {
    const parts: string[] = [];
    for (const [k, x] of v.entries()) parts.push(toJson(k, sep, depth + 1) + sep.key + toJson(x, sep, depth + 1));
    return '{' + parts.join(sep.item) + '}';
  }
  return repr(v);
}
