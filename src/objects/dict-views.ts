// dict_keys / dict_values / dict_items views and the dict iterators. Views are live; keys and
// items views support set operators (returning sets) and compare with sets.
import { BinOp, CmpOp, NotImplemented, PyObject, PyType, PyValue, STOP, makeNativeType, type PyObjectDict } from './core';
import { PyDict, checkSize } from './dict';
import { PyTuple } from './tuple';
import { eq, repr, toArray } from './ops';
import { PySet, setBinop, setRichcompare } from './set';
import { PyList } from './list';
import { defineMethod } from './args';

const KEYS = 0, VALUES = 1, ITEMS = 2;

function iterType(name: string): PyType {
  const t = makeNativeType(name);
  t.isBaseType = false;
  t.iter = (self) => self;
  return t;
}
const iterTypes = [
  iterType('dict_keyiterator'), iterType('dict_valueiterator'), iterType('dict_itemiterator'),
];
const revIterTypes = [
  iterType('dict_reversekeyiterator'), iterType('dict_reversevalueiterator'), iterType('dict_reverseitemiterator'),
];

export class PyDictIterator {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  it: Iterator<[unknown, PyValue]>;
  size: number;
  constructor(public d: PyDict, public kind: number, reversed = false) {
    this.cls = (reversed ? revIterTypes : iterTypes)[kind];
    this.dict = null;
    this.size = d.map.size;
    this.it = reversed ? Array.from(d.map.entries()).reverse()[Symbol.iterator]() : d.map.entries();
  }
}

function dictIterNext(it: PyDictIterator): PyValue | typeof STOP {
  checkSize(it.d, it.size);
  const r = it.it.next();
  if (r.done) { it.size = -1; return STOP; }
  const [n, v] = r.value;
  if (it.kind === KEYS) return it.d.keyOf(n);
  if (it.kind === VALUES) return v;
  return new PyTuple([it.d.keyOf(n), v]);
}
for (const t of iterTypes) t.next = dictIterNext;
for (const t of revIterTypes) t.next = dictIterNext;

function viewType(name: string, kind: number): PyType {
  const t = makeNativeType(name);
  t.isBaseType = false;
  t.len = (v: PyDictView) => v.d.map.size;
  t.iter = (v: PyDictView) => new PyDictIterator(v.d, kind);
  t.repr = (v: PyDictView) => `${name}(${repr(new PyList(toArray(v)))})`;
  return t;
}

export abstract class PyDictView extends PyObject {
  constructor(cls: PyType, public d: PyDict) { super(cls); }
}

export const dictKeysType = viewType('dict_keys', KEYS);
export const dictValuesType = viewType('dict_values', VALUES);
export const dictItemsType = viewType('dict_items', ITEMS);

for (const [t, kind] of [[dictKeysType, KEYS], [dictValuesType, VALUES], [dictItemsType, ITEMS]] as const) {
  defineMethod(t, '__reversed__(self)', (v: PyDictView) => new PyDictIterator(v.d, kind, true));
}

export class PyDictKeys extends PyDictView { constructor(d: PyDict) { super(dictKeysType, d); } }
export class PyDictValues extends PyDictView { constructor(d: PyDict) { super(dictValuesType, d); } }
export class PyDictItems extends PyDictView { constructor(d: PyDict) { super(dictItemsType, d); } }

dictKeysType.contains = (v: PyDictView, k) => v.d.has(k);
dictItemsType.contains = (v: PyDictView, item) => {
  if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
  const val = v.d.get(item.items[0]);
  return val !== undefined && eq(val, item.items[1]);
};

function asSet(v: PyValue): PySet | undefined {
  if (v instanceof PySet) return v;
  if (v instanceof PyDictKeys || v instanceof PyDictItems) return PySet.fromArray(toArray(v));
  return undefined;
}

for (const t of [dictKeysType, dictItemsType]) {
  t.binop = (op: BinOp, a: PyDictView, b: PyValue) => {
    if (op !== BinOp.AND && op !== BinOp.OR && op !== BinOp.SUB && op !== BinOp.XOR) return NotImplemented;
    let other = asSet(b);
    if (other === undefined) {
      try { other = PySet.fromArray(toArray(b)); } catch { return NotImplemented; }
    }
    return setBinop(op, PySet.fromArray(toArray(a)), other);
  };
  t.rbinop = (op: BinOp, a: PyDictView, b: PyValue) => {
    if (op !== BinOp.AND && op !== BinOp.OR && op !== BinOp.SUB && op !== BinOp.XOR) return NotImplemented;
    let other = asSet(b);
    if (other === undefined) {
      try { other = PySet.fromArray(toArray(b)); } catch { return NotImplemented; }
    }
    return setBinop(op, other, PySet.fromArray(toArray(a)));
  };
  t.richcompare = (a: PyDictView, b: PyValue, op: CmpOp) => {
    const other = asSet(b);
    if (other === undefined) return NotImplemented;
    return setRichcompare(PySet.fromArray(toArray(a)), other, op);
  };
}
