// bytes % args: the printf-style formatter of percent-format.ts with bytes' own text conversions
// (%s and %b take bytes-like objects, %r and %a give ascii(), %c an int < 256 or one byte).
import { overflowError, typeError } from './format-error';
import { percentCore, PercentValueHooks, TextMode, unsupportedCharacter } from './percent-format';

/** What bytes % args needs to know about Python objects, supplied by the object model. */
export interface PercentBytesHooks<V> extends PercentValueHooks<V> {
  /** The bytes of a bytes, bytearray or memoryview, or of __bytes__(); undefined for anything else. */
  bytesOf(v: V): Uint8Array | undefined;
  getItem(m: V, key: Uint8Array): V;
}

export function percentFormatBytes<V>(fmt: Uint8Array, args: V, hooks: PercentBytesHooks<V>): Uint8Array {
  // The shared formatter works on strings: one char per byte, and every char it adds is ASCII.
  return unlatin1(percentCore(latin1(fmt), args, hooks, BYTES_MODE as TextMode<V, PercentBytesHooks<V>>));
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

function unlatin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

const BYTES_MODE: TextMode<unknown, PercentBytesHooks<unknown>> = {
  text(conv, v, hooks) {
    switch (conv) {
      case 's': case 'b': {
        const b = hooks.bytesOf(v);
        if (b === undefined) {
          throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${hooks.typeName(v)}'`);
        }
        return latin1(b);
      }
      case 'r': case 'a':
        return hooks.ascii(v);
      case 'c':
        return byteOf(v, hooks);
      default:
        return undefined;
    }
  },
  lookup: (mapping, key, hooks) => hooks.getItem(mapping, unlatin1(key)),
  isText: (v, hooks) => hooks.kind(v) === 'str' || hooks.bytesOf(v) !== undefined,
  name: 'bytes',
  // CPython fails to quote a non-ASCII byte here and reports that instead.
  unsupported: (code, at) => (code > 127 ? overflowError('character argument not in range(0x110000)') : unsupportedCharacter(code, at)),
  notAFloat: typeName => typeError('float argument required, not ' + typeName),
  integerName: conv => (conv === 'i' ? 'd' : conv),
};

function byteOf(v: unknown, hooks: PercentBytesHooks<unknown>): string {
  const k = hooks.kind(v);
  if (k === 'int' || k === 'bool') {
    const c = hooks.intValue(v);
    if (c < 0 || c > 255) throw overflowError('%c arg not in range(256)');
    return String.fromCharCode(Number(c));
  }
  const b = hooks.bytesOf(v);
  if (b !== undefined && b.length === 1) return String.fromCharCode(b[0]);
  throw typeError('%c requires an integer in range(256) or a single byte');
}
