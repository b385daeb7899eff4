// The object protocol driven directly (no VM): operators, containers, classes, natives, errors.
import t from 'tap';
import * as O from '../../../src/objects';
import { directKey } from '../../../src/objects/hashkey';

const { call, callMethod, repr, str, binaryOp, BinOp, compare, CmpOp, getItem, PyFloat, PyTuple, PyList } = O;

/** The Python exception (type name and str) a thunk raises. */
function raises(f: () => unknown): string {
  try { f(); } catch (e) {
    if (e instanceof O.PyBaseException) return `${e.cls.name}: ${str(e)}`;
    throw e;
  }
  return 'no exception';
}

t.test('int arithmetic: floor division, modulo, powers, shifts, bigints', async (t) => {
  t.equal(binaryOp(BinOp.FLOORDIV, 7, -2), -4);
  t.equal(binaryOp(BinOp.MOD, -7, 3), 2);
  t.equal(repr(binaryOp(BinOp.POW, 2, 100)), '1267650600228229401496703205376');
  t.equal(repr(binaryOp(BinOp.POW, 2, -1)), '0.5');
  t.equal(binaryOp(BinOp.SUB, binaryOp(BinOp.POW, 2, 60), binaryOp(BinOp.POW, 2, 60)), 0);
  t.equal(binaryOp(BinOp.RSHIFT, -5, 1), -3);
  t.equal(repr(binaryOp(BinOp.ADD, true, 1)), '2');
  t.equal(binaryOp(BinOp.AND, true, false), false);
  t.equal(raises(() => binaryOp(BinOp.FLOORDIV, 1, 0)), 'ZeroDivisionError: division by zero');
  t.equal(raises(() => binaryOp(BinOp.ADD, 1, 'a')), "TypeError: unsupported types for __add__: 'int', 'str'");
  t.equal(raises(() => O.inplaceOp(BinOp.SUB, new PyList([]), 1)), "TypeError: unsupported types for __isub__: 'list', 'int'");
  t.equal(raises(() => compare(CmpOp.LT, 1, 'a')), "TypeError: unsupported types for __lt__: 'int', 'str'");
  t.equal(raises(() => binaryOp(BinOp.ADD, 'a', 1)), "TypeError: can't convert 'int' object to str implicitly");
  t.equal(call(O.intType, ['ff', 16]), 255);
  t.equal(raises(() => call(O.intType, ['abc'])), 'ValueError: invalid syntax for integer with base 10');
});

t.test('float mixes exactly with int; repr; round half even', async (t) => {
  t.equal(repr(binaryOp(BinOp.ADD, new PyFloat(0.1), new PyFloat(0.2))), '0.30000000000000004');
  t.equal(compare(CmpOp.EQ, new PyFloat(1), 1), true);
  t.equal(compare(CmpOp.LT, 2 ** 53 + 1 as unknown as number, new PyFloat(2 ** 53)), false);
  t.equal(repr(callMethod(new PyFloat(2.5), '__round__', [])), '2');
  t.equal(raises(() => binaryOp(BinOp.TRUEDIV, new PyFloat(1), 0)), 'ZeroDivisionError: division by zero');
});

t.test('str methods and formatting', async (t) => {
  t.equal(repr(callMethod('a b  c', 'split', [])), "['a', 'b', 'c']");
  t.equal(callMethod('abc', 'center', [7, '*']), '**abc**');
  t.equal(callMethod('{:>5}|{!r}', 'format', ['x', 'y']), '    x|\'y\'');
  t.equal(binaryOp(BinOp.MOD, '%5.2f|%-3d|%s', new PyTuple([new PyFloat(3.14159), 4, 'z'])), ' 3.14|4  |z');
  t.equal(getItem('h😀i', 1), '😀');
  t.equal(O.len('h😀i'), 3);
  t.equal(repr("it's"), '"it\'s"');
  t.equal(callMethod('hello', 'startswith', [new PyTuple(['x', 'he'])]), true);
});

t.test('dict: 1, 1.0 and True are one key; order; views; mutation during iteration', async (t) => {
  const d = call(O.dictType, []) as O.PyDict;
  O.setItem(d, 1, 'a');
  O.setItem(d, new PyFloat(1), 'b');
  O.setItem(d, true, 'c');
  O.setItem(d, new PyTuple([1, 2]), 'e');
  O.setItem(d, 'k', 'f');
  t.equal(repr(d), "{1: 'c', (1, 2): 'e', 'k': 'f'}");
  t.equal(getItem(d, new PyTuple([1, 2])), 'e');
  t.equal(repr(binaryOp(BinOp.AND, callMethod(d, 'keys', []), O.PySet.fromArray(['k', 9]))), "{'k'}");
  t.equal(raises(() => getItem(d, 'missing')), "KeyError: 'missing'");
  t.equal(raises(() => O.setItem(d, new PyList([]), 1)), "TypeError: unhashable type: 'list'");
  const it = O.getIter(d);
  O.iterNext(it);
  O.setItem(d, 'new', 1);
  t.equal(raises(() => O.iterNext(it)), 'RuntimeError: dictionary changed size during iteration');
});

t.test('dict: tuple keys match across int/float/bool items; strings that look encoded stay apart', async (t) => {
  const d = new O.PyDict();
  d.set(new PyTuple([1, new PyTuple(['x', O.None])]), 'a');
  t.equal(d.get(new PyTuple([new PyFloat(1), new PyTuple(['x', O.None])])), 'a');
  t.equal(d.get(new PyTuple([true, new PyTuple(['x', O.None])])), 'a');
  t.equal(d.get(new PyTuple([1, new PyTuple(['x', 0])])), undefined);
  const enc = directKey(new PyTuple(['ab']));
  t.equal(typeof enc, 'string');
  t.equal(d.get(enc as string), undefined);
  d.set(enc as string, 'raw');
  d.set('\x00', 'mark');
  t.equal(d.get(enc as string), 'raw');
  t.equal(d.get(new PyTuple(['ab'])), undefined);
  t.equal(d.get('\x00'), 'mark');
  t.equal(d.get(new PyTuple([])), undefined);
  t.equal(d.size, 3);
  t.equal(repr(d), "{(1, ('x', None)): 'a', '\\x00s\\x02ab': 'raw', '\\x00': 'mark'}");
  const nan = new PyFloat(NaN);
  d.set(new PyTuple([nan]), 'n');
  t.equal(d.get(new PyTuple([nan])), 'n');
  t.equal(d.get(new PyTuple([new PyFloat(NaN)])), undefined);
});

t.test('list: stable sort with key and reverse, slicing, errors', async (t) => {
  const l = new PyList([3, 1, 2]);
  callMethod(l, 'sort', [true], ['reverse']);
  t.equal(repr(l), '[3, 2, 1]');
  const pairs = new PyList([new PyTuple([1, 'b']), new PyTuple([0, 'a']), new PyTuple([1, 'a'])]);
  const first = O.defineFunction('first(p, /)', (p: O.PyTuple) => p.items[0]);
  callMethod(pairs, 'sort', [first], ['key']);
  t.equal(repr(pairs), "[(0, 'a'), (1, 'b'), (1, 'a')]");
  t.equal(repr(getItem(new PyList([0, 1, 2, 3, 4]), new O.PySlice(O.None, O.None, -2))), '[4, 2, 0]');
  t.equal(raises(() => getItem(new PyList([]), 0)), 'IndexError: index out of range');
  t.equal(raises(() => callMethod(new PyList([1]), 'remove', [2])), 'ValueError: object not in sequence');
  t.equal(raises(() => callMethod(new PyList([]), 'pop', [])), 'IndexError: pop from empty list');
  t.equal(raises(() => getItem(O.None, 0)), "TypeError: 'NoneType' object isn't subscriptable");
  t.equal(raises(() => O.setItem(new PyTuple([]), 0, 1)), "TypeError: 'tuple' object doesn't support item assignment");
});

t.test('sets and ranges', async (t) => {
  const s = O.PySet.fromArray([1, 2, 3]);
  t.equal(repr(binaryOp(BinOp.SUB, s, O.PySet.fromArray([1]))), '{2, 3}');
  t.equal(repr(call(O.frozensetType, [new PyList([1])])), 'frozenset({1})');
  const r = call(O.rangeType, [0, binaryOp(BinOp.POW, 10, 30), 7]);
  t.equal(O.contains(r, 14), true);
  t.equal(O.contains(r, 15), false);
  t.equal(repr(getItem(call(O.rangeType, [10]), new O.PySlice(2, 8, 2))), 'range(2, 8, 2)');
});

t.test('Python classes: dunders, inheritance from natives, exceptions', async (t) => {
  const ns = new O.PyDict();
  // A method-like native stands in for a Python function (V's PyFunction binds the same way).
  ns.setStr('__eq__', new O.PyMethodDescriptor('__eq__', O.objectType, O.nativeFn('__eq__(self, other, /)', () => true, true)));
  const C = O.newClass(O.typeType, 'C', [], ns);
  const inst = call(C, []);
  t.equal(compare(CmpOp.EQ, inst, 5), true);
  t.equal(compare(CmpOp.NE, inst, 5), false);
  t.equal(raises(() => O.hash(inst)), "TypeError: unhashable type: 'C'");
  t.equal(raises(() => call(C, [1])), 'TypeError: C() takes no arguments');
  const ML = O.newClass(O.typeType, 'MyList', [O.listType], new O.PyDict());
  const ml = call(ML, [new PyList([1, 2])]);
  callMethod(ml, 'append', [3]);
  t.equal(repr(ml), '[1, 2, 3]');
  O.setAttr(ml, 'tag', 'x');
  t.equal(O.getAttr(ml, 'tag'), 'x');
  const MyErr = O.newClass(O.typeType, 'MyErr', [O.ValueError], new O.PyDict());
  const e = call(MyErr, ['bad', 2]);
  t.equal(repr(e), "MyErr('bad', 2)");
  t.equal(O.isinstance(e, O.Exception), true);
  t.equal(str(call(O.KeyError, ['k'])), "'k'");
  t.equal(str(call(O.OSError, [2, 'No such file or directory', 'x'])), "[Errno 2] No such file or directory: 'x'");
  t.equal(raises(() => O.getAttr(inst, 'nope')), "AttributeError: 'C' object has no attribute 'nope'");
});

t.test('native classes: binder messages, subclassing keeps native state', async (t) => {
  class Box extends O.PyObject { v = 0; }
  const BoxType = O.defineClass({
    name: 'Box', module: 'demo',
    alloc: (cls) => new Box(cls),
    init: ['__init__(self, v, *, scale=1)', (self: Box, v, scale) => { self.v = O.validateIntRange(v, 0, 10, 'v') * (scale as number); }],
    methods: { 'get(self)': (self: Box) => self.v },
    properties: { v: { get: (self: Box) => self.v, set: (self: Box, x) => { self.v = O.validateInt(x, 'v'); } } },
  });
  const b = call(BoxType, [3], undefined);
  t.equal(callMethod(b, 'get', []), 3);
  t.equal(raises(() => call(BoxType, [11])), 'ValueError: v must be 0-10');
  t.equal(raises(() => call(BoxType, [1, 2])), 'TypeError: function takes 1 positional arguments but 2 were given');
  t.equal(raises(() => call(BoxType, [], undefined)), 'TypeError: function missing 1 required positional arguments');
  t.equal(raises(() => call(BoxType, [1, 2], ['y'])), "TypeError: unexpected keyword argument 'y'");
  const ns = new O.PyDict();
  ns.setStr('twice', new O.PyMethodDescriptor('twice', BoxType, O.nativeFn('twice(self)', (self: Box) => self.v * 2, true)));
  const Sub = O.newClass(O.typeType, 'Sub', [BoxType], ns);
  const s = call(Sub, [2, 3], ['scale']);
  t.ok(s instanceof Box);
  t.equal(callMethod(s, 'get', []), 6);
  t.equal(callMethod(s, 'twice', []), 12);
  O.setAttr(s, 'v', 4);
  t.equal(O.getAttr(s, 'v'), 4);
  t.equal(raises(() => O.setAttr(s, 'v', 'x')), 'TypeError: v must be of type int, not str');
});

t.test('hashes: ints and floats hash as in CPython, equal numbers hash equal', async (t) => {
  t.equal(O.intHashExact(-1), -2);
  t.equal(O.intHashExact(binaryOp(BinOp.POW, 2, 61) as bigint), 1);
  t.equal(O.intHashExact(binaryOp(BinOp.POW, 10, 30) as bigint), 465258685558744706n);
  t.equal(O.floatHashExact(0.1), 230584300921369408n);
  t.equal(O.floatHashExact(-2.5), -1152921504606846978n);
  t.equal(O.hash(new PyFloat(3)), O.hash(3));
  t.equal(O.hash(true), O.hash(1));
  t.equal(O.hash(new PyTuple([1, 'a'])), O.hash(new PyTuple([new PyFloat(1), 'a'])));
});

t.test('bytes: % formatting, bytearray mutation, memoryview windows', async (t) => {
  const b = call(O.bytesType, [new PyList([104, 105])]);
  t.equal(repr(binaryOp(BinOp.MOD, call(O.bytesType, ['%s-%d', 'ascii']), new PyTuple([b, 7]))), "b'hi-7'");
  t.equal(raises(() => binaryOp(BinOp.MOD, call(O.bytesType, ['%s', 'ascii']), 'x')),
    "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
  const ba = call(O.bytearrayType, [b]);
  callMethod(ba, 'append', [33]);
  O.setItem(ba, new O.PySlice(0, 1, O.None), call(O.bytesType, ['HH', 'ascii']));
  t.equal(repr(ba), "bytearray(b'HHi!')");
  t.equal(raises(() => callMethod(ba, 'append', [256])), 'ValueError: byte must be in range(0, 256)');
  const mv = call(O.memoryviewType, [ba]);
  const tail = getItem(mv, new O.PySlice(2, O.None, O.None));
  O.setItem(tail, 0, 73);
  t.equal(repr(ba), "bytearray(b'HHI!')");
  t.equal(repr(callMethod(tail, 'tobytes', [])), "b'I!'");
  t.equal(raises(() => O.setItem(call(O.memoryviewType, [b]), 0, 1)), 'TypeError: cannot modify read-only memory');
});

t.test('classes: __slots__, __eq__ without __hash__, __init_subclass__, metaclass conflict', async (t) => {
  const ns = new O.PyDict();
  ns.setStr('__slots__', new PyTuple(['a']));
  const S = O.newClass(O.typeType, 'S', [], ns);
  const s = call(S, []);
  O.setAttr(s, 'a', 1);
  t.equal(raises(() => O.setAttr(s, 'b', 1)), "AttributeError: 'S' object has no attribute 'b'");
  const eqNs = new O.PyDict();
  eqNs.setStr('__eq__', new O.PyMethodDescriptor('__eq__', O.objectType, O.nativeFn('__eq__(self, o, /)', () => false, true)));
  const E = O.newClass(O.typeType, 'E', [], eqNs);
  t.equal(O.getAttr(E, '__hash__'), O.None);
  t.equal(raises(() => O.newClass(O.typeType, 'X', [O.boolType], new O.PyDict())), "TypeError: type 'bool' is not an acceptable base type");
  t.equal(raises(() => O.newClass(O.typeType, 'Y', [O.listType, O.dictType], new O.PyDict())), 'TypeError: multiple bases have instance lay-out conflict');
});
