// binascii: hex and base64 conversions and crc32, with MicroPython's error messages.
import { None, PyBytes, PyValue, bytesLike, defineFunction, newTypeError, newValueError, typeName } from '../../objects';
import { toInteger } from '../args-util';
import type { NativeModule } from '../module-def';

// node:zlib is loaded on first use: at the top it cost every start-up ~1.5 ms.
const nodeZlib = (): typeof import('node:zlib') => require('node:zlib');

function dataOf(v: PyValue): Uint8Array {
  if (typeof v === 'string') return new TextEncoder().encode(v);
  const d = bytesLike(v);
  if (d === undefined) throw newTypeError(`object with buffer protocol required`);
  return d;
}

function bufferOf(v: PyValue): Uint8Array {
  const d = bytesLike(v);
  if (d === undefined) throw newTypeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

const ascii = (s: string) => new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));

function unhexlify(v: PyValue): PyBytes {
  const d = dataOf(v);
  if (d.length % 2) throw newValueError('odd-length string');
  const out = new Uint8Array(d.length / 2);
  const hex = (c: number) => {
    const s = String.fromCharCode(c);
    if (!/[0-9a-fA-F]/.test(s)) throw newValueError('non-hex digit found');
    return parseInt(s, 16);
  };
  for (let i = 0; i < out.length; i++) out[i] = (hex(d[2 * i]) << 4) | hex(d[2 * i + 1]);
  return new PyBytes(out);
}

function a2bBase64(v: PyValue): PyBytes {
  const chars = Array.from(dataOf(v), (c) => String.fromCharCode(c)).filter((c) => /[A-Za-z0-9+/=]/.test(c)).join('');
  const body = chars.replace(/=.*$/, '');
  if (chars.length % 4 !== 0 || body.length % 4 === 1) throw newValueError('incorrect padding');
  return new PyBytes(Uint8Array.from(Buffer.from(body, 'base64')));
}

export const binasciiModule: NativeModule = {
  name: 'binascii',
  build() {
    return {
      hexlify: defineFunction('hexlify(data, sep=None, /)', (data: PyValue, sep: PyValue) => {
        const parts = Array.from(bufferOf(data), (b) => b.toString(16).padStart(2, '0'));
        return ascii(parts.join(sep === None ? '' : String.fromCharCode(...dataOf(sep))));
      }),
      unhexlify: defineFunction('unhexlify(data, /)', unhexlify),
      a2b_base64: defineFunction('a2b_base64(data, /)', a2bBase64),
      b2a_base64: defineFunction('b2a_base64(data, /, *, newline=True)', (data: PyValue, newline: PyValue) =>
        ascii(Buffer.from(bufferOf(data)).toString('base64') + (newline === false ? '' : '\n'))),
      crc32: defineFunction('crc32(data, value=0, /)', (data: PyValue, value: PyValue) =>
        nodeZlib().crc32(bufferOf(data), toInteger(value, 'value') >>> 0)),
    };
  },
};
