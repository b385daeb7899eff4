// __build_class__(body, name, *bases, **kw): runs a class statement's body function into a fresh
// namespace, makes the class through the object model (heap-type.ts buildClass), and fills the
// __class__ cell that zero-argument super() and __class__ read in the methods.
import { KwNames, PyValue } from '../objects/core';
import { newTypeError } from '../objects/exceptions';
import { PyDict } from '../objects/dict';
import { PyCell } from '../objects/cell';
import { PyFunction } from '../objects/function';
import { buildClass } from '../objects/heap-type';
import { PyBuiltinFunction } from '../objects/builtin-function';
import { runCode } from './interpreter';

function buildClassImpl(args: PyValue[], kwnames: KwNames): PyValue {
  const nk = kwnames === undefined ? 0 : kwnames.length;
  const body = args[0];
  const name = args[1];
  if (!(body instanceof PyFunction)) throw newTypeError('__build_class__: func must be a function');
  if (typeof name !== 'string') throw newTypeError('__build_class__: name is not a string');
  const bases = args.slice(2, args.length - nk);
  const kwvalues = args.slice(args.length - nk);
  const ns = new PyDict();
  runCode(body.code, body.globals, ns, body.builtins, body.closure);
  const cell = ns.getStr('__classcell__');
  if (cell !== undefined) ns.deleteStr('__classcell__');
  const cls = buildClass(name, bases, ns, kwnames, kwvalues);
  if (cell instanceof PyCell) cell.value = cls;
  return cls;
}

export const buildClassFunction = new PyBuiltinFunction('__build_class__', buildClassImpl);
