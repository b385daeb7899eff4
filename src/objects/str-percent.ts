// `str % args` and `bytes % args`: F's printf-style formatters (format/percent-format*.ts)
// with hooks that tell them how to read Python values.
import { PyFloat, PyValue, typeOf } from './core';
import { PercentHooks, PercentValueHooks, percentFormat as formatPercent } from './format/percent-format';
import { PercentBytesHooks, percentFormatBytes as formatBytes } from './format/percent-format-bytes';
import { PyBytes, bytesLike } from './bytes';
import { PyTuple } from './tuple';
import { callMethod, getItem, index, repr, str } from './ops';
import { asInt } from './int';
import { asStr, asciiRepr, flattened } from './str';
import { pyErr } from './format-bridge';

const valueHooks: PercentValueHooks<PyValue> = {
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
  ascii: asciiRepr,
  isTuple: (v) => v instanceof PyTuple,
  tupleItems: (v) => (v as PyTuple).items,
  isMapping: (v) => !(v instanceof PyTuple) && typeof v === 'object' && v.cls.getitem !== undefined,
  typeName: (v) => typeOf(v).name,
};

const hooks: PercentHooks<PyValue> = { ...valueHooks, str, repr, getItem: (m, key) => getItem(m, key) };

const bytesHooks: PercentBytesHooks<PyValue> = {
  ...valueHooks,
  bytesOf(v) {
    const b = bytesLike(v);
    if (b !== undefined || typeof v !== 'object' || typeOf(v).lookup('__bytes__') === undefined) return b;
    return bytesLike(callMethod(v, '__bytes__', []));
  },
  getItem: (m, key) => getItem(m, new PyBytes(key)),
};

/** bytes % args (and bytearray %): the result's bytes. */
export function percentFormatBytes(fmt: Uint8Array, args: PyValue): Uint8Array {
  try {
    return formatBytes(fmt, args, bytesHooks);
  } catch (e) {
    throw pyErr(e);
  }
}

export function percentFormat(fmt: string, args: PyValue): string {
  try {
    return flattened(formatPercent(fmt, args, hooks));
  } catch (e) {
    throw pyErr(e);
  }
}
