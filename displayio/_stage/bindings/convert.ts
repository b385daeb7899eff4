// How _stage reads its arguments: as the firmware's mp_obj_get_int and mp_get_buffer_raise do,
// then stored in the C field widths (uint8 sizes and frames, int16 positions).
import { asInt, bytesLike, newTypeError, PyBytes, PyValue, typeName } from '../../../src/objects';

/** An int (or bool) as a JS number; anything else raises `can't convert T to int`. */
export function getInt(v: PyValue): number {
  const i = asInt(v);
  if (i === undefined) throw newTypeError(`can't convert ${typeName(v)} to int`);
  return Number(BigInt.asIntN(32, BigInt(i)));
}

export const u8 = (n: number): number => n & 0xff;
export const u16 = (n: number): number => n & 0xffff;
export const i16 = (n: number): number => (n << 16) >> 16;

/** A readable buffer's bytes (bytes, bytearray, array, memoryview). */
export function readBuffer(v: PyValue): Uint8Array {
  const b = bytesLike(v);
  if (!b) throw newTypeError('object with buffer protocol required');
  return b;
}

/** A writable buffer: bytes are refused as the firmware refuses them. */
export function writeBuffer(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) throw newTypeError('object with buffer protocol required');
  return readBuffer(v);
}
