// print, input, repr, ascii, format.
import {
  EOFError, None, PyBuiltinFunction, PyValue, asciiRepr, callMethod, defineFunction, formatValue, getAttr, isTrue,
  newException, newTypeError, repr, str, typeOf, call,
} from '../objects';
import { BuiltinsEnv } from './env';

export function printingBuiltins(env: BuiltinsEnv): PyBuiltinFunction[] {
  const print = defineFunction('print(*objects, sep=None, end=None, file=None, flush=False)', (objects: PyValue[], sep, end, file, flush) => {
    if (sep !== None && typeof sep !== 'string') throw newTypeError(`sep must be None or a string, not ${typeOf(sep).name}`);
    if (end !== None && typeof end !== 'string') throw newTypeError(`end must be None or a string, not ${typeOf(end).name}`);
    const s = sep === None ? ' ' : sep;
    let text = '';
    for (let i = 0; i < objects.length; i++) {
      if (i > 0) text += s;
      const o = objects[i];
      text += typeof o === 'string' ? o : str(o);
    }
    text += end === None ? '\n' : end;
    if (file === None) env.stdout.write(text);
    else {
      call(getAttr(file, 'write'), [text]);
      if (isTrue(flush)) callMethod(file, 'flush', []);
    }
  });
  const input = defineFunction('input(prompt=\'\', /)', (prompt) => {
    const p = str(prompt);
    if (p !== '') env.stdout.write(p);
    const line = env.stdin?.readline() ?? null;
    if (line === null) throw newException(EOFError, 'EOF when reading a line');
    return line;
  });
  return [
    print,
    input,
    defineFunction('repr(obj, /)', (o) => repr(o)),
    defineFunction('ascii(obj, /)', (o) => asciiRepr(o)),
    defineFunction('format(value, format_spec=\'\', /)', (v, spec) => {
      if (typeof spec !== 'string') throw newTypeError(`format() argument 2 must be str, not ${typeOf(spec).name}`);
      return formatValue(v, spec);
    }),
  ];
}
