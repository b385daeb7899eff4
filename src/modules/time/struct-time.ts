// time.struct_time: a 9-tuple whose items are also named attributes (tm_year …), and the
// proleptic-Gregorian day arithmetic that localtime and mktime share.
import { defineClass, PyType, PyValue, newTypeError, toArray, PyTuple, tupleType } from '../../objects';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];

export const structTimeType = defineClass({
  name: 'struct_time',
  module: 'time',
  base: tupleType,
  new: ['__new__(cls, sequence, /)', (cls: PyType, seq: PyValue) => {
    const items = toArray(seq);
    if (items.length !== 9) throw newTypeError('time.struct_time() takes a 9-sequence');
    return new PyTuple(items, cls);
  }],
  properties: Object.fromEntries(FIELDS.map((name, i) => [name, { get: (t: PyTuple) => t.items[i] }])),
  slots: { repr: (t: PyTuple) => `struct_time(${FIELDS.map((n, i) => `${n}=${String(t.items[i])}`).join(', ')})` },
});

export function newStructTime(values: number[]): PyTuple {
  return new PyTuple(values, structTimeType);
}

/** The first six fields of a struct_time or 9-tuple as numbers. */
export function structTimeFields(t: PyValue): number[] {
  const items = toArray(t);
  if (items.length !== 9 || !items.every((v) => typeof v === 'number')) throw newTypeError('function takes a 9-sequence');
  return items as number[];
}

/** Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}
