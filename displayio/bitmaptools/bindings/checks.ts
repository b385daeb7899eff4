// Argument checks shared by the bitmaptools bindings, in CircuitPython's words.
import { newValueError, PyValue, validateInt, validateIntRange } from '../../../src/objects';
import { Bitmap } from '../../Bitmap';

/** A raw value the bitmap can hold; ValueError(message) otherwise. */
export function valueFor(b: Bitmap, v: PyValue, name: string, message = 'out of range of target'): number {
  const n = validateInt(v, name);
  if (n < 0 || n > b.maxValue) throw newValueError(message);
  return n;
}

/** A rectangle that must lie inside [0, w] × [0, h]: x1 in 0..w, x2 in x1..w (None → w). */
export function rect(b: Bitmap, x1: PyValue, y1: PyValue, x2: PyValue | null, y2: PyValue | null): [number, number, number, number] {
  const ax = validateIntRange(x1, 0, b.width, 'x1');
  const ay = validateIntRange(y1, 0, b.height, 'y1');
  const bx = x2 === null ? b.width : validateIntRange(x2, ax, b.width, 'x2');
  const by = y2 === null ? b.height : validateIntRange(y2, ay, b.height, 'y2');
  return [ax, ay, bx, by];
}
