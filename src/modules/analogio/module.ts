// analogio: AnalogIn over the emulated board's ADC (the PyGamer joystick, the light sensor);
// readings are 12-bit values stretched to 16 bits as the SAMD51 port does. reference:
// runtime-modules.md §7, boards-pybadge-pygamer.md (joystick).
import { PyObject, PyValue, newValueError, defineClass } from '../../objects';
import type { ClaimedPin } from '../../runtime/board-hardware';
import type { Runtime } from '../../runtime/runtime';
import { float } from '../args-util';
import type { NativeModule } from '../module-def';
import { claimPin, DEINIT_MESSAGE, releasePin } from '../pins-util';

class AnalogInObj extends PyObject {
  pin: ClaimedPin | null = null;

  live(): ClaimedPin {
    if (this.pin === null) throw newValueError(DEINIT_MESSAGE);
    return this.pin;
  }
}

export const analogioModule: NativeModule = {
  name: 'analogio',
  build(rt: Runtime) {
    const stretch = (raw: number, bits: number) => {
      const v = bits >= 12 ? raw >> (bits - 12) : raw << (12 - bits);
      return ((v << 4) | (v >> 8)) & 0xffff;
    };
    const AnalogIn = defineClass({
      name: 'AnalogIn',
      module: 'analogio',
      alloc: (cls) => new AnalogInObj(cls),
      init: ['__init__(self, pin, /)', (self: AnalogInObj, pin: PyValue) => {
        self.pin = claimPin(pin, 'AnalogIn');
      }],
      methods: {
        'deinit(self)': (self: AnalogInObj) => {
          if (self.pin) releasePin(self.pin);
          self.pin = null;
        },
        '__enter__(self)': (self: AnalogInObj) => self,
        '__exit__(self, *args)': (self: AnalogInObj) => {
          if (self.pin) releasePin(self.pin);
          self.pin = null;
        },
      },
      properties: {
        value: { get: (self: AnalogInObj) => stretch(rt.hardware.analogRaw(self.live().state), 12) },
        reference_voltage: { get: (self: AnalogInObj) => (self.live(), float(3.3)) },
      },
    });
    return { AnalogIn };
  },
};
