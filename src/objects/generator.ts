// generator: the object a generator function returns. It owns the suspended frame; the
// resume/throw/close logic is in vm/generator.ts. coroutine.ts reuses this class with its own type.
import { finishNativeType } from './native-class';
import { None, type PyObjectDict, PyType, PyValue, STOP, makeNativeType } from './core';
import { defineMethod } from './args';
import { PyGetSetDescriptor } from './builtin-function';
import { newStopIteration } from './exceptions';
import type { Frame } from '../vm/frame';
import { genClose, genNext, genSend, genThrow, genThrowArgs } from '../vm/generator';

export const generatorType = makeNativeType('generator');
generatorType.isBaseType = false;

export class PyGenerator {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  // Declared, not class fields: no per-construction initialiser (see vm/frame.ts).
  declare readonly frame: Frame;
  declare name: string;
  declare qualname: string;
  declare started: boolean;
  declare running: boolean;
  declare finished: boolean;
  /** The value of the `return` that finished it. */
  declare returnValue: PyValue;
  /** The exception its except/finally block was handling when it last yielded. */
  declare savedHandled: PyValue | null;

  constructor(cls: PyType, frame: Frame, name: string, qualname: string) {
    this.cls = cls;
    this.dict = null;
    this.frame = frame;
    this.name = name;
    this.qualname = qualname;
    this.started = false;
    this.running = false;
    this.finished = false;
    this.returnValue = None;
    this.savedHandled = null;
  }

  /** next(gen) for FOR_ITER: the next value or STOP. */
  next(): PyValue | typeof STOP {
    return genNext(this);
  }
}

generatorType.iter = (g: PyGenerator) => g;
generatorType.next = (g: PyGenerator) => g.next();
generatorType.repr = (g: PyGenerator) => `<generator object ${g.qualname}>`;

/** The methods generators and coroutines share (send/throw/close and the name attributes). */
export function addGeneratorMethods(t: PyType): void {
  defineMethod(t, 'send(self, value, /)', (g: PyGenerator, v: PyValue) => {
    const r = genSend(g, v);
    if (r === STOP) throw newStopIteration(g.returnValue);
    return r;
  });
  defineMethod(t, 'throw(self, typ, val=?, tb=?, /)', (g: PyGenerator, typ: PyValue, val: PyValue | undefined) => {
    const r = genThrow(g, genThrowArgs(typ, val));
    if (r === STOP) throw newStopIteration(g.returnValue);
    return r;
  });
  defineMethod(t, 'close(self)', (g: PyGenerator) => { genClose(g); return None; });
  t.typeDict.set('__name__', new PyGetSetDescriptor('__name__', t, (g: PyGenerator) => g.name));
  t.typeDict.set('__qualname__', new PyGetSetDescriptor('__qualname__', t, (g: PyGenerator) => g.qualname));
}

addGeneratorMethods(generatorType);
defineMethod(generatorType, '__next__(self)', (g: PyGenerator) => {
  const r = g.next();
  if (r === STOP) throw newStopIteration(g.returnValue);
  return r;
});

finishNativeType(generatorType);
