// Buffer-range arguments shared by I2C and SPI: the bytes of a buffer between start and end,
// with CircuitPython's clamping of the range.
import { None, PyValue, bytesLike, newTypeError } from '../../objects';
import { toInteger } from '../args-util';

export function bufferRange(buffer: PyValue, start: PyValue, end: PyValue): Uint8Array {
  const data = bytesLike(buffer);
  if (data === undefined) throw newTypeError('object with buffer protocol required');
  const len = data.length;
  const clamp = (v: number) => Math.max(0, Math.min(len, v < 0 ? v + len : v));
  const s = clamp(toInteger(start, 'start'));
  const e = end === None || end === undefined ? len : clamp(toInteger(end, 'end'));
  return data.subarray(s, Math.max(s, e));
}
