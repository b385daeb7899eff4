// What every displayio-family binding shares: DisplayioError → Python exception, the native
// object behind a possibly-subclassed Python object, and CircuitPython's index and colour rules.
import {
  EOFError, IndexError, MemoryError, newException, newNotImplementedError, newTypeError, newValueError, None,
  OSError, PyBaseException, PyBytes, PyByteArray, PyList, PySlice, PyTuple, PyType, PyValue, RuntimeError,
  TypeError, typeName, ValueError, bytesLike, isTrue,
} from '../../src/objects';
import { DisplayioError, PyErrorType } from '../errors';

const TYPES: Record<PyErrorType, PyType> = {
  ValueError, OSError, IndexError, TypeError, MemoryError, RuntimeError, EOFError,
};

export function toPyError(e: DisplayioError): PyBaseException {
  return e.message === '' ? newException(TYPES[e.pyType]) : newException(TYPES[e.pyType], e.message);
}

/** Runs an implementation call, re-raising its DisplayioError as the Python exception. */
export function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DisplayioError) throw toPyError(e);
    throw e;
  }
}

/** The native object of a Python object whose class may be a Python subclass. */
export function nativeOf<T>(native: T | null): T {
  if (native === null) throw newNotImplementedError('Call super().__init__() before accessing native object.');
  return native;
}

export function deinitialized(): PyBaseException {
  return newValueError('Object has been deinitialized and can no longer be used. Create a new object.');
}

export function bool(v: PyValue): boolean {
  return isTrue(v);
}

/** Keys of item access: slices are refused the CircuitPython way. */
export function refuseSlice(key: PyValue): void {
  if (key instanceof PySlice) throw newNotImplementedError('Slices not supported');
}

/** A 2-item tuple or list (x, y), or null when `key` is not a sequence. */
export function pairKey(key: PyValue): [PyValue, PyValue] | null {
  if (!(key instanceof PyTuple) && !(key instanceof PyList)) return null;
  if (key.items.length !== 2) throw newValueError(`requested length 2 but object has length ${key.items.length}`);
  return [key.items[0], key.items[1]];
}

/** Python-style index into a sequence of `len`, wrapping negatives; IndexError otherwise. */
export function wrapIndex(i: number, len: number): number {
  const j = i < 0 ? i + len : i;
  if (j < 0 || j >= len) throw newException(IndexError, 'index out of range');
  return j;
}

/** Typecode of a buffer object: 'B' for bytes-like, an array's own, or null when not a buffer. */
export function bufferTypecode(v: PyValue): string | null {
  if (v instanceof PyBytes || v instanceof PyByteArray) return 'B';
  const tc = typeof v === 'object' ? (v as unknown as { typecode?: unknown }).typecode : undefined;
  if (typeof tc === 'string' && bytesLike(v)) return tc;
  return bytesLike(v) ? 'B' : null;
}

const ELEMENT: Record<string, [number, boolean]> = {
  b: [1, true], B: [1, false], h: [2, true], H: [2, false], i: [4, true], I: [4, false], l: [4, true], L: [4, false],
};

/** A buffer's elements as numbers, read with its typecode's size and signedness (or forced signed). */
export function bufferElements(v: PyValue, forceSigned = false): { size: number; values: number[] } | null {
  const tc = bufferTypecode(v);
  const bytes = bytesLike(v);
  if (tc === null || !bytes) return null;
  const [size, signed] = ELEMENT[tc] ?? [1, false];
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values: number[] = [];
  for (let o = 0; o + size <= bytes.length; o += size) {
    const s = signed || forceSigned;
    values.push(size === 1 ? (s ? dv.getInt8(o) : dv.getUint8(o)) : size === 2 ? (s ? dv.getInt16(o, true) : dv.getUint16(o, true))
      : (s ? dv.getInt32(o, true) : dv.getUint32(o, true)));
  }
  return { size, values };
}

/** A Palette colour in any accepted form → 0xRRGGBB. reference: displayio-objects.md, Palette. */
export function parseColor(v: PyValue): number {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
    const n = Number(v);
    if (n < 0 || n > 0xffffff) throw newTypeError('color must be between 0x000000 and 0xffffff');
    return n;
  }
  let bytes: Uint8Array;
  if (v instanceof PyTuple || v instanceof PyList) {
    bytes = Uint8Array.from(v.items.map((x) => {
      if (typeof x !== 'number' && typeof x !== 'boolean') throw newTypeError(`can't convert ${typeName(x)} to int`);
      const n = Number(x);
      if (n < 0 || n > 255) throw newValueError('bytes value out of range');
      return n;
    }));
  } else {
    const tc = bufferTypecode(v);
    if (tc === null) throw newTypeError('color buffer must be a buffer, tuple, list, or int');
    if (tc !== 'b' && tc !== 'B') throw newValueError("color buffer must be a bytearray or array of type 'b' or 'B'");
    bytes = bytesLike(v)!;
  }
  if (bytes.length !== 3 && bytes.length !== 4) throw newValueError('color buffer must be 3 bytes (RGB) or 4 bytes (RGB + pad byte)');
  return (bytes[0] << 16) | (bytes[1] << 8) | bytes[2];
}

/** None → null, else an int; for optional arguments such as skip indices. */
export function optionalInt(v: PyValue | undefined, check: (v: PyValue) => number): number | null {
  return v === undefined || v === None ? null : check(v);
}
