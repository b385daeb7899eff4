// The JSON reader behind json.loads/json.load: a recursive-descent parser that builds Python
// values directly (objects → dict in text order, whole numbers → int, others → float). Any
// malformed text gives CircuitPython's single ValueError("syntax error in JSON").
import { None, PyDict, PyFloat, PyValue, newList, newValueError } from '../../objects';

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class JsonReader {
  private i = 0;
  constructor(private readonly s: string) {}

  private fail(): never {
    throw newValueError('syntax error in JSON');
  }

  private skip(): void {
    while (this.i < this.s.length && WS.has(this.s[this.i])) this.i++;
  }

  private literal(word: string, value: PyValue): PyValue {
    if (this.s.startsWith(word, this.i)) {
      this.i += word.length;
      return value;
    }
    return this.fail();
  }

  document(): PyValue {
    const v = this.value();
    this.skip();
    if (this.i !== this.s.length) this.fail();
    return v;
  }

  private value(): PyValue {
    this.skip();
    const c = this.s[this.i];
    switch (c) {
      case '{': return this.object();
      case '[': return this.array();
      case '"': return this.string();
      case 't': return this.literal('true', true);
      case 'f': return this.literal('false', false);
      case 'n': return this.literal('null', None);
      default: return this.number();
    }
  }

  private object(): PyValue {
    const d = new PyDict();
    this.i++;
    this.skip();
    if (this.s[this.i] === '}') { this.i++; return d; }
    for (;;) {
      this.skip();
      if (this.s[this.i] !== '"') this.fail();
      const key = this.string();
      this.skip();
      if (this.s[this.i++] !== ':') this.fail();
      d.set(key, this.value());
      this.skip();
      const sep = this.s[this.i++];
      if (sep === '}') return d;
      if (sep !== ',') this.fail();
    }
  }

  private array(): PyValue {
    const items: PyValue[] = [];
    this.i++;
    this.skip();
    if (this.s[this.i] === ']') { this.i++; return newList(items); }
    for (;;) {
      items.push(this.value());
      this.skip();
      const sep = this.s[this.i++];
      if (sep === ']') return newList(items);
      if (sep !== ',') this.fail();
    }
  }

  private string(): string {
    this.i++;
    let out = '';
    for (;;) {
      if (this.i >= this.s.length) this.fail();
      const c = this.s[this.i++];
      if (c === '"') return out;
      if (c !== '\\') { out += c; continue; }
      const e = this.s[this.i++];
      if (e === 'u') {
        const hex = this.s.slice(this.i, this.i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail();
        out += String.fromCharCode(parseInt(hex, 16));
        this.i += 4;
      } else if (e !== undefined && e in ESCAPES) {
        out += ESCAPES[e];
      } else {
        this.fail();
      }
    }
  }

  private number(): PyValue {
    const m = /^-?\d+(\.\d*)?([eE][-+]?\d+)?/.exec(this.s.slice(this.i));
    if (!m) this.fail();
    this.i += m[0].length;
    if (m[1] === undefined && m[2] === undefined) {
      const n = BigInt(m[0]);
      return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
    }
    return new PyFloat(Number(m[0]));
  }
}

export function parseJson(text: string): PyValue {
  return new JsonReader(text).document();
}
