// json: dumps/dump (with separators, CircuitPython's only option) and loads/load (str or bytes,
// or a stream's read()). reference: MicroPython's json module, which CircuitPython 9 ships.
import { None, PyValue, bytesLike, callMethod, defineFunction, newTypeError, toArray, typeName } from '../../objects';
import type { NativeModule } from '../module-def';
import { parseJson } from './decode';
import { Separators, toJson } from './encode';

function separators(v: PyValue): Separators {
  if (v === None) return { item: ', ', key: ': ' };
  const [item, key] = toArray(v);
  if (typeof item !== 'string' || typeof key !== 'string') throw newTypeError(`can't convert ${typeName(item)} to str`);
  return { item, key };
}

function textOf(v: PyValue): string {
  if (typeof v === 'string') return v;
  const data = bytesLike(v);
  if (data === undefined) throw newTypeError(`object with buffer protocol required`);
  return new TextDecoder().decode(data);
}

export const jsonModule: NativeModule = {
  name: 'json',
  build() {
    return {
      dumps: defineFunction('dumps(obj, separators=None)', (obj: PyValue, sep: PyValue) => toJson(obj, separators(sep))),
      dump: defineFunction('dump(obj, stream, separators=None)', (obj: PyValue, stream: PyValue, sep: PyValue) => {
        callMethod(stream, 'write', [toJson(obj, separators(sep))]);
        return None;
      }),
      loads: defineFunction('loads(obj, /)', (obj: PyValue) => parseJson(textOf(obj))),
      load: defineFunction('load(stream, /)', (stream: PyValue) => parseJson(textOf(callMethod(stream, 'read', [])))),
    };
  },
};
