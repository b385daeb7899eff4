// zlib: decompress(data, wbits=0, bufsize=0) as CircuitPython 9 has it: a zlib stream by default,
// raw deflate for negative wbits, gzip for 25..31 (16 + window), header auto-detect for 40..47.
import { PyBytes, PyValue, bytesLike, defineFunction, newTypeError, newException, ValueError } from '../../objects';
import { toInteger } from '../args-util';
import type { NativeModule } from '../module-def';

// node:zlib is loaded on first use: at the top it cost every start-up ~1.5 ms.
const nodeZlib = (): typeof import('node:zlib') => require('node:zlib');

function inflate(data: Uint8Array, wbits: number): Uint8Array {
  if (wbits < 0) return nodeZlib().inflateRawSync(data);
  if (wbits >= 32) return nodeZlib().unzipSync(data);
  if (wbits >= 16) return nodeZlib().gunzipSync(data);
  return nodeZlib().inflateSync(data);
}

export const zlibModule: NativeModule = {
  name: 'zlib',
  build() {
    return {
      decompress: defineFunction('decompress(data, wbits=0, bufsize=0, /)', (data: PyValue, wbits: PyValue) => {
        const d = bytesLike(data);
        if (d === undefined) throw newTypeError('object with buffer protocol required');
        try {
          return new PyBytes(Uint8Array.from(inflate(d, toInteger(wbits, 'wbits'))));
        } catch {
          // The board's inflater reports a bad stream as ValueError of its status (-3: data error).
          throw newException(ValueError, -3);
        }
      }),
    };
  },
};
