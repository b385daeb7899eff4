// microcontroller: the chip — cpu readings (fixed, so headless runs repeat), nvm, Pin, reset.
import { defineFunction } from '../../objects';
import { PyGetSetDescriptor } from '../../objects';
import { makeNativeType, None, PyObject } from '../../objects';
import { PyByteArray } from '../../objects';
import { ProgramStop, type Runtime } from '../../runtime/runtime';
import { float } from '../args-util';
import type { NativeModule } from '../module-def';
import { NvmByteArray } from './nvm';
import { pinType } from './Pin';

const processorType = makeNativeType('Processor', undefined, 'microcontroller');
processorType.isBaseType = false;

class Processor extends PyObject {
  constructor() {
    super(processorType);
  }
}

const UID = new Uint8Array([0x43, 0x50, 0x59, 0x47, 0x41, 0x4d, 0x45, 0x00, 0x53, 0x41, 0x4d, 0x44, 0x35, 0x31, 0x4a, 0x31]);
for (const [name, get] of [
  ['frequency', () => 120000000],
  ['temperature', () => float(25.0)],
  ['voltage', () => float(3.3)],
  ['uid', () => new PyByteArray(UID.slice())],
  ['reset_reason', () => None],
] as const) {
  processorType.typeDict.set(name, new PyGetSetDescriptor(name, processorType, get));
}

export const microcontrollerModule: NativeModule = {
  name: 'microcontroller',
  build(rt: Runtime) {
    const cpu = new Processor();
    return {
      cpu,
      cpus: cpu,
      nvm: new NvmByteArray(rt.nvm),
      Pin: pinType,
      Processor: processorType,
      reset: defineFunction('reset()', () => {
        throw new ProgramStop('reload');
      }),
      delay_us: defineFunction('delay_us(delay, /)', () => None),
      disable_interrupts: defineFunction('disable_interrupts()', () => None),
      enable_interrupts: defineFunction('enable_interrupts()', () => None),
      on_next_reset: defineFunction('on_next_reset(run_mode, /)', () => None),
    };
  },
};
