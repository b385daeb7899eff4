// The builtins module, built once per Runtime from its streams and hooks (makeBuiltins): the
// functions by family (printing, numeric, iteration, introspection, files), the built-in types
// and exceptions, V's exec/eval/compile/__import__ (exec.ts) and __build_class__, then env.extra.
import {
  Ellipsis, EXCEPTION_TYPES, None, NotImplemented, PyDict, PyType, boolType, bytearrayType, bytesType,
  classmethodType, dictType, enumerateType, filterType, floatType, frozensetType, intType, listType, mapType,
  objectType, propertyType, rangeType, reversedType, setType, sliceType, staticmethodType, strType, superType,
  tupleType, typeType, zipType, memoryviewType,
} from '../objects';
import { BuiltinsEnv } from './env';
import { printingBuiltins } from './printing';
import { numericBuiltins } from './numeric';
import { iterationBuiltins } from './iteration';
import { introspectionBuiltins } from './introspection';
import { filesBuiltins } from './files';
import { vmBuiltins } from './exec';
import { buildClassFunction } from '../vm/build-class';
import { currentGlobals, currentLocals } from '../vm/run';

export { BuiltinsEnv, FileSystem, InStream, OutStream } from './env';

const TYPES: PyType[] = [
  objectType, typeType, intType, boolType, floatType, strType, bytesType, bytearrayType, listType, tupleType, dictType,
  setType, frozensetType, rangeType, sliceType, enumerateType, zipType, mapType, filterType, reversedType,
  propertyType, classmethodType, staticmethodType, superType, memoryviewType,
];

/** A fresh builtins dict for one Runtime. */
export function makeBuiltins(given: BuiltinsEnv): PyDict {
  // globals()/locals() read the running frame unless the caller says otherwise.
  const env: BuiltinsEnv = { globals: currentGlobals, locals: currentLocals, ...given };
  const d = new PyDict();
  d.setStr('__name__', 'builtins');
  d.setStr('None', None);
  d.setStr('Ellipsis', Ellipsis);
  d.setStr('NotImplemented', NotImplemented);
  d.setStr('__debug__', true);
  for (const t of TYPES) d.setStr(t.name, t);
  for (const t of EXCEPTION_TYPES) d.setStr(t.name, t);
  const fns = [
    ...printingBuiltins(env), ...numericBuiltins(), ...iterationBuiltins(), ...introspectionBuiltins(env),
    ...filesBuiltins(env),
  ];
  for (const f of fns) d.setStr(f.name, f);
  for (const [k, v] of Object.entries(vmBuiltins())) d.setStr(k, v);
  d.setStr('__build_class__', buildClassFunction);
  if (env.extra !== undefined) for (const [k, v] of Object.entries(env.extra)) d.setStr(k, v);
  return d;
}
