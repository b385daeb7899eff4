// microcontroller: the chip — cpu readings (fixed, so headless runs repeat), nvm, Pin, reset.
import { defineFunction, defineClass, None, PyObject, PyType, PyValue, PyByteArray } from '../../objects';
import { ProgramStop, type Runtime } from '../../runtime/runtime';
import { float } from '../args-util';
import type { NativeModule } from '../module-def';
import { NvmByteArray, nvmByteArrayType } from './nvm';
import { pinType } from './Pin';

class Processor extends PyObject {}

const UID = new Uint8Array([0x43, 0x50, 0x59, 0x47, 0x41, 0x4d, 0x45, 0x00, 0x53, 0x41, 0x4d, 0x44, 0x35, 0x31, 0x4a, 0x31]);
const constant = (get: () => PyValue) => ({ get });

// Fixed readings, so that headless runs repeat; plausible for a SAMD51 at room temperature.
const processorType: PyType = defineClass({
  name: 'Processor',
  module: 'microcontroller',
  subclassable: false,
  properties: {
    frequency: constant(() => 120000000),
    temperature: constant(() => float(25.0)),
    voltage: constant(() => float(3.3)),
    uid: constant(() => new PyByteArray(UID.slice())),
    reset_reason: constant(() => None),
  },
});

export const microcontrollerModule: NativeModule = {
  name: 'microcontroller',
  build(rt: Runtime) {
    const cpu = new Processor(processorType);
    return {
      cpu,
      cpus: cpu,
      nvm: new NvmByteArray(nvmByteArrayType, rt.nvm),
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
