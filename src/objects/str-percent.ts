// `str % args`: F's printf-style formatter (format/percent-format.ts) with hooks that tell it
// how to read Python values.
import { PyFloat, PyValue, typeOf } from './core';
import { PercentHooks, percentFormat as formatPercent } from './format/percent-format';
import { PyTuple } from './tuple';
import { getItem, index, repr, str } from './ops';
import { asInt } from './int';
import { asStr, asciiRepr } from './str';
import { pyErr } from './format-bridge';

const hooks: PercentHooks<PyValue> = {
  kind(v) {
    switch (typeof v) {
      case 'number': case 'bigint': return 'int';
      case 'boolean': return 'bool';
      case 'string': return 'str';
    }
    if (v instanceof PyFloat) return 'float';
    if (asInt(v) !== undefined || v.cls.index !== undefined) return 'int';
    if (asStr(v) !== undefined) return 'str';
    if (v.cls.float !== undefined) return 'float';
    return 'other';
  },
  intValue: (v) => asInt(v) ?? index(v),
  floatValue: (v) => (v instanceof PyFloat ? v.value : typeOf(v).float!(v)),
  str,
  repr,
  ascii: asciiRepr,
  isTuple: (v) => v instanceof PyTuple,
  tupleItems: (v) => (v as PyTuple).items,
  isMapping: (v) => !(v instanceof PyTuple) && typeof v === 'object' && v.cls.getitem !== undefined,
  getItem: (m, key) => getItem(m, key),
  typeName: (v) => typeOf(v).name,
};

export function percentFormat(fmt: string, args: PyValue): string {
  try {
    return formatPercent(fmt, args, hooks);
  } catch (e) {
    throw pyErr(e);
  }
}
