// bool: JS true/false. Arithmetic is int's (bool subclasses int); &, | and ^ of two bools stay bool.
import { BinOp, KwNames, PyType, PyValue, boolType, intType } from './core';
import { Signature } from './args';
import { isTrue } from './ops';

const boolSig = new Signature('bool(x=False, /)', false);
boolType.new = (_cls: PyType, args: PyValue[], kwnames: KwNames) => isTrue(boolSig.bind(args, kwnames)[0]);
boolType.repr = (v: boolean) => (v ? 'True' : 'False');
boolType.binop = (op, a, b) => {
  if (typeof b === 'boolean' && typeof a === 'boolean') {
    if (op === BinOp.AND) return a && b;
    if (op === BinOp.OR) return a || b;
    if (op === BinOp.XOR) return a !== b;
  }
  return intType.binop!(op, a, b);
};
boolType.rbinop = (op, a, b) => {
  if (typeof b === 'boolean' && typeof a === 'boolean') return boolType.binop!(op, b, a);
  return intType.rbinop!(op, a, b);
};
