// The singletons None, NotImplemented and Ellipsis: their reprs, truth, and constructors that
// return the one instance.
import { Ellipsis, None, NotImplemented, ellipsisType, noneType, notImplementedType } from './core';
import { newTypeError } from './exceptions';

noneType.repr = () => 'None';
noneType.bool = () => false;
noneType.new = (_cls, args) => {
  if (args.length > 0) throw newTypeError('NoneType takes no arguments');
  return None;
};
notImplementedType.repr = () => 'NotImplemented';
notImplementedType.new = () => NotImplemented;
ellipsisType.repr = () => 'Ellipsis';
ellipsisType.new = () => Ellipsis;
