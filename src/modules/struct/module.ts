// struct: pack and unpack binary records (calcsize, pack, pack_into, unpack, unpack_from) with
// CircuitPython's codes and error types (ValueError where CPython has struct.error).
import {
  defineFunction, newTypeError, newValueError, newOverflowError, bytesLike, PyBytes, PyFloat, PyValue, newTuple, None, typeName,
} from '../../objects';
import type { NativeModule } from '../module-def';
import { parseFormat, ParsedFormat, StructFormatError } from './format';

function formatOf(fmt: PyValue): ParsedFormat {
  const text = typeof fmt === 'string' ? fmt : bytesLike(fmt) ? new TextDecoder().decode(bytesLike(fmt)) : null;
  if (text === null) throw newTypeError(`format must be str or bytes, not ${typeName(fmt)}`);
  try {
    return parseFormat(text);
  } catch (e) {
    if (e instanceof StructFormatError) throw newValueError(e.message);
    throw e;
  }
}

const INT_RANGES: Record<string, [bigint, bigint]> = {
  b: [-128n, 127n], B: [0n, 255n], h: [-32768n, 32767n], H: [0n, 65535n],
  i: [-(2n ** 31n), 2n ** 31n - 1n], I: [0n, 2n ** 32n - 1n], l: [-(2n ** 31n), 2n ** 31n - 1n], L: [0n, 2n ** 32n - 1n],
  q: [-(2n ** 63n), 2n ** 63n - 1n], Q: [0n, 2n ** 64n - 1n], P: [0n, 2n ** 32n - 1n],
};

function toBig(v: PyValue): bigint {
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw newTypeError(`can't convert ${typeName(v)} to int`);
}

function toFloatValue(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  throw newTypeError(`can't convert ${typeName(v)} to float`);
}

function packInto(f: ParsedFormat, out: Uint8Array, base: number, values: PyValue[]): void {
  if (values.length !== f.items) throw newValueError(`pack expected ${f.items} items for packing (got ${values.length})`);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  f.fields.forEach((field, k) => {
    const v = values[k];
    const at = base + field.offset;
    switch (field.code) {
      case 's': case 'p': {
        const data = typeof v === 'string' ? new TextEncoder().encode(v) : bytesLike(v);
        if (!data) throw newTypeError(`argument for 's' must be a bytes object`);
        out.fill(0, at, at + field.size);
        out.set(data.subarray(0, field.size), at);
        return;
      }
      case 'c': {
        const data = bytesLike(v);
        if (!data || data.length !== 1) throw newTypeError(`char format requires a bytes object of length 1`);
        out[at] = data[0];
        return;
      }
      case '?': out[at] = v === true || (typeof v === 'number' && v !== 0) ? 1 : 0; return;
      case 'e': case 'f': case 'd': {
        const x = toFloatValue(v);
        if (field.code === 'f') view.setFloat32(at, x, f.little);
        else if (field.code === 'd') view.setFloat64(at, x, f.little);
        else view.setUint16(at, toHalf(x), f.little);
        return;
      }
      default: {
        const n = toBig(v);
        const [lo, hi] = INT_RANGES[field.code];
        if (n < lo || n > hi) throw newOverflowError('value too large');
        const bits = BigInt.asUintN(field.size * 8, n);
        for (let b = 0; b < field.size; b++) {
          const byte = Number((bits >> BigInt(8 * b)) & 0xffn);
          out[at + (f.little ? b : field.size - 1 - b)] = byte;
        }
      }
    }
  });
}

function unpackFrom(f: ParsedFormat, data: Uint8Array, base: number): PyValue {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const items: PyValue[] = f.fields.map((field) => {
    const at = base + field.offset;
    switch (field.code) {
      case 's': case 'p': return new PyBytes(data.slice(at, at + field.size));
      case 'c': return new PyBytes(data.slice(at, at + 1));
      case '?': return data[at] !== 0;
      case 'e': return new PyFloat(fromHalf(view.getUint16(at, f.little)));
      case 'f': return new PyFloat(view.getFloat32(at, f.little));
      case 'd': return new PyFloat(view.getFloat64(at, f.little));
      default: {
        let n = 0n;
        for (let b = 0; b < field.size; b++) n |= BigInt(data[at + (f.little ? b : field.size - 1 - b)]) << BigInt(8 * b);
        const signed = field.code === field.code.toLowerCase() && field.code !== 'p';
        if (signed) n = BigInt.asIntN(field.size * 8, n);
        return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
      }
    }
  });
  return newTuple(items);
}

function toHalf(x: number): number {
  const f32 = new Float32Array([x]);
  const u = new Uint32Array(f32.buffer)[0];
  const sign = (u >>> 16) & 0x8000;
  const exp = ((u >>> 23) & 0xff) - 127 + 15;
  const mant = u & 0x7fffff;
  if (((u >>> 23) & 0xff) === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  if (exp >= 0x1f) throw newOverflowError('float too large to pack with e format');
  if (exp <= 0) return exp < -10 ? sign : sign | ((mant | 0x800000) >> (14 - exp));
  return sign | (exp << 10) | (mant >> 13);
}

function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

function offsetIn(length: number, offset: PyValue, need: number): number {
  let at = Number(toBig(offset));
  if (at < 0) at += length;
  if (at < 0 || at + need > length) throw newValueError('buffer too small');
  return at;
}

export const structModule: NativeModule = {
  name: 'struct',
  build() {
    return {
      calcsize: defineFunction('calcsize(format, /)', (fmt: PyValue) => formatOf(fmt).size),
      pack: defineFunction('pack(format, *values)', (fmt: PyValue, values: PyValue[]) => {
        const f = formatOf(fmt);
        const out = new Uint8Array(f.size);
        packInto(f, out, 0, values);
        return new PyBytes(out);
      }),
      pack_into: defineFunction('pack_into(format, buffer, offset, *values)', (fmt: PyValue, buffer: PyValue, offset: PyValue, values: PyValue[]) => {
        const f = formatOf(fmt);
        const data = bytesLike(buffer);
        if (!data) throw newTypeError('object with buffer protocol required');
        packInto(f, data, offsetIn(data.length, offset, f.size), values);
        return None;
      }),
      unpack: defineFunction('unpack(format, buffer, /)', (fmt: PyValue, buffer: PyValue) => {
        const f = formatOf(fmt);
        const data = bytesLike(buffer);
        if (!data) throw newTypeError('object with buffer protocol required');
        if (data.length !== f.size) throw newValueError(`unpack requires a buffer of ${f.size} bytes`);
        return unpackFrom(f, data, 0);
      }),
      unpack_from: defineFunction('unpack_from(format, buffer, offset=0)', (fmt: PyValue, buffer: PyValue, offset: PyValue) => {
        const f = formatOf(fmt);
        const data = bytesLike(buffer);
        if (!data) throw newTypeError('object with buffer protocol required');
        return unpackFrom(f, data, offsetIn(data.length, offset, f.size));
      }),
    };
  },
};
