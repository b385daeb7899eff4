// Key normalisation shared by dict and set. Both store entries in a JS Map (which keeps
// insertion order) keyed by a "normal key": strings and ints are themselves, True/1.0 become 1
// (Python treats them as the same key), objects with identity equality are themselves, and
// objects with their own __eq__/__hash__ (tuples, frozensets, user classes) are replaced by the
// first equal key already stored, found through buckets indexed by Python hash.
import { PyFloat, PyObject, PyValue, floatType, intType, objectType, strType } from './core';
import { eq } from './ops';

/** Python hash → the canonical key objects stored with that hash. */
export class Buckets {
  map = new Map<number, PyObject[]>();

  /** The stored key equal to key (or key itself when none is), plus its hash for add(). */
  find(key: PyObject, h: number): PyObject {
    const b = this.map.get(h);
    if (b !== undefined) {
      for (let i = 0; i < b.length; i++) {
        const c = b[i];
        if (c === key || eq(c, key)) return c;
      }
    }
    return key;
  }

  add(key: PyObject, h: number): void {
    const b = this.map.get(h);
    if (b === undefined) this.map.set(h, [key]);
    else b.push(key);
  }

  remove(key: PyObject, h: number): void {
    const b = this.map.get(h);
    if (b === undefined) return;
    const i = b.indexOf(key);
    if (i >= 0) b.splice(i, 1);
    if (b.length === 0) this.map.delete(h);
  }
}

/**
 * The normal key of key when it needs no bucket (primitives, floats, identity-hashed objects,
 * unmodified int/str/float subclasses), else undefined. Raises TypeError for unhashable keys
 * only through hash(), so callers call needsBucketHash next.
 */
export function directKey(key: PyValue): unknown {
  switch (typeof key) {
    case 'string': case 'number': case 'bigint': return key;
    case 'boolean': return key ? 1 : 0;
  }
  if (key instanceof PyFloat) return floatKey(key);
  const t = key.cls;
  if (t.hash === objectType.hash && t.richcompare === objectType.richcompare) return key;
  if (t.hash === intType.hash && t.richcompare === intType.richcompare && t !== intType) return (key as unknown as { value: PyValue }).value;
  if (t.hash === strType.hash && t.richcompare === strType.richcompare && t !== strType) return (key as unknown as { value: PyValue }).value;
  if (t.hash === floatType.hash && t.richcompare === floatType.richcompare && t !== floatType) return floatKey(new PyFloat((key as unknown as { value: number }).value));
  return undefined;
}

function floatKey(f: PyFloat): unknown {
  const v = f.value;
  if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v + 0 : BigInt(v);
  if (v !== v) return f; // NaN is only equal to itself as an object
  return v;
}
