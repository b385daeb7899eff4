// format(value, spec): dispatches to the value's __format__ (int, float and str have their own;
// object's accepts only an empty spec).
import { PyValue, typeOf } from './core';
import { newTypeError } from './exceptions';
import { callMethod } from './ops';
import { formatInt } from './format/format-int';
import { formatStr } from './format/format-str';
import { formatFloat } from './format/format-float';
import { PyFloat } from './core';
import { pyErr } from './format-bridge';

export function formatValue(v: PyValue, spec: string): string {
  try {
    // Fast paths for the exact built-in types; subclasses go through __format__.
    if (typeof v === 'number' || typeof v === 'bigint') return formatInt(v, spec);
    if (typeof v === 'string') return formatStr(v, spec);
    if (v instanceof PyFloat && v.cls === typeOf(v) && v.cls.name === 'float') return formatFloat(v.value, spec);
  } catch (e) {
    throw pyErr(e);
  }
  const r = callMethod(v, '__format__', [spec]);
  if (typeof r !== 'string') throw newTypeError(`__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}
