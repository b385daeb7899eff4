// Turns AST constants into the runtime values code objects hold, and folds the small constant
// expressions MicroPython folds (negative literals, int arithmetic in const() arguments).

import * as A from '../ast';
import { Ellipsis, None, PyFloat, PyValue } from '../../objects/core';
import { newBytes } from './constant-objects';

export function constValue(v: A.ConstantValue): PyValue {
  switch (v.type) {
    case 'None': return None;
    case 'Ellipsis': return Ellipsis;
    case 'bool': return v.value;
    case 'int': return v.value;
    case 'float': return new PyFloat(v.value);
    case 'str': return v.value;
    case 'bytes': return newBytes(v.value);
    case 'complex': throw new Error('complex constants are rejected by the code generator');
    default: { const never: never = v; throw new Error(`unknown constant ${(never as A.ConstantValue).type}`); }
  }
}

function norm(n: bigint): number | bigint {
  return n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n;
}

function asInt(e: A.Expr): bigint | undefined {
  if (e.kind === 'Constant') {
    if (e.value.type === 'int') return BigInt(e.value.value);
    if (e.value.type === 'bool') return e.value.value ? 1n : 0n;
    return undefined;
  }
  if (e.kind === 'UnaryOp' || e.kind === 'BinOp') {
    const f = foldConstant(e);
    return f && f.type === 'int' ? BigInt(f.value) : undefined;
  }
  return undefined;
}

function isBool(e: A.Expr): boolean {
  return e.kind === 'Constant' && e.value.type === 'bool';
}

/** A constant for `-literal` and int-only arithmetic, or undefined when not foldable. */
export function foldConstant(e: A.Expr): A.ConstantValue | undefined {
  if (e.kind === 'Constant') return e.value;
  if (e.kind === 'UnaryOp') {
    const o = e.operand;
    if (e.op === 'USub' && o.kind === 'Constant' && o.value.type === 'float') return { type: 'float', value: -o.value.value };
    if (e.op === 'Not') return undefined;
    const v = asInt(o);
    if (v === undefined || (o.kind === 'Constant' && o.value.type === 'bool')) return undefined;
    if (e.op === 'USub') return { type: 'int', value: norm(-v) };
    if (e.op === 'UAdd') return { type: 'int', value: norm(v) };
    return { type: 'int', value: norm(~v) };
  }
  if (e.kind !== 'BinOp') return undefined;
  // bool op bool keeps its bool type for & | ^ at run time: never folded.
  if (isBool(e.left) || isBool(e.right)) return undefined;
  const l = asInt(e.left);
  const r = asInt(e.right);
  if (l === undefined || r === undefined) return undefined;
  let v: bigint;
  switch (e.op) {
    case 'Add': v = l + r; break;
    case 'Sub': v = l - r; break;
    case 'Mult': v = l * r; break;
    case 'BitAnd': v = l & r; break;
    case 'BitOr': v = l | r; break;
    case 'BitXor': v = l ^ r; break;
    case 'LShift': if (r < 0n || r > 64n) return undefined; v = l << r; break;
    case 'RShift': if (r < 0n) return undefined; v = l >> r; break;
    case 'FloorDiv': {
      if (r === 0n) return undefined;
      const q = l / r;
      v = (l % r !== 0n && (l < 0n) !== (r < 0n)) ? q - 1n : q;
      break;
    }
    case 'Mod': {
      if (r === 0n) return undefined;
      const m = l % r;
      v = m !== 0n && (m < 0n) !== (r < 0n) ? m + r : m;
      break;
    }
    case 'Pow': if (r < 0n || r > 64n) return undefined; v = l ** r; break;
    default: return undefined;
  }
  return { type: 'int', value: norm(v) };
}
