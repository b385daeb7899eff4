// digitalio: DigitalInOut over the emulated board's pins (the button shift register answers on
// its data pin), with the firmware's direction rules and error texts. reference: runtime-modules.md §7.
import { None, PyObject, PyValue, newAttributeError, newValueError, defineClass, isTrue } from '../../objects';
import type { ClaimedPin } from '../../runtime/board-hardware';
import { defineEnum } from '../enum-class';
import type { NativeModule } from '../module-def';
import { claimPin, DEINIT_MESSAGE, releasePin } from '../pins-util';

const Direction = defineEnum('digitalio', 'Direction', ['INPUT', 'OUTPUT']);
const Pull = defineEnum('digitalio', 'Pull', ['UP', 'DOWN']);
const DriveMode = defineEnum('digitalio', 'DriveMode', ['PUSH_PULL', 'OPEN_DRAIN']);

class DigitalInOutObj extends PyObject {
  pin: ClaimedPin | null = null;
  openDrain = false;

  live(): ClaimedPin {
    if (this.pin === null) throw newValueError(DEINIT_MESSAGE);
    return this.pin;
  }
}

function pullValue(v: PyValue): 'up' | 'down' | null {
  if (v === None) return null;
  if (v === Pull.values.UP) return 'up';
  if (v === Pull.values.DOWN) return 'down';
  throw newValueError('Invalid pull value.');
}

function pullObject(p: 'up' | 'down' | null): PyValue {
  return p === 'up' ? Pull.values.UP : p === 'down' ? Pull.values.DOWN : None;
}

const digitalInOutType = defineClass({
  name: 'DigitalInOut',
  module: 'digitalio',
  alloc: (cls) => new DigitalInOutObj(cls),
  init: ['__init__(self, pin, /)', (self: DigitalInOutObj, pin: PyValue) => {
    self.pin = claimPin(pin, 'DigitalInOut');
    self.pin.switchToInput(null);
  }],
  methods: {
    'deinit(self)': (self: DigitalInOutObj) => {
      if (self.pin) releasePin(self.pin);
      self.pin = null;
    },
    '__enter__(self)': (self: DigitalInOutObj) => self,
    '__exit__(self, *args)': (self: DigitalInOutObj) => {
      if (self.pin) releasePin(self.pin);
      self.pin = null;
    },
    'switch_to_output(self, value=False, drive_mode=?)': (self: DigitalInOutObj, value: PyValue, mode: PyValue) => {
      self.openDrain = mode === DriveMode.values.OPEN_DRAIN;
      self.live().switchToOutput(isTrue(value));
    },
    'switch_to_input(self, pull=None)': (self: DigitalInOutObj, pull: PyValue) => {
      self.live().switchToInput(pullValue(pull));
    },
  },
  properties: {
    direction: {
      get: (self: DigitalInOutObj) => (self.live().state.output ? Direction.values.OUTPUT : Direction.values.INPUT),
      set: (self: DigitalInOutObj, v: PyValue) => {
        const pin = self.live();
        if (v === Direction.values.OUTPUT) pin.switchToOutput(false);
        else if (v === Direction.values.INPUT) pin.switchToInput(null);
        else throw newValueError('Invalid direction.');
      },
    },
    value: {
      get: (self: DigitalInOutObj) => self.live().value,
      set: (self: DigitalInOutObj, v: PyValue) => {
        const pin = self.live();
        if (!pin.state.output) throw newAttributeError('Cannot set value when direction is input.');
        pin.value = isTrue(v);
      },
    },
    pull: {
      get: (self: DigitalInOutObj) => {
        const pin = self.live();
        if (pin.state.output) throw newAttributeError('Pull not used when direction is output.');
        return pullObject(pin.state.pull);
      },
      set: (self: DigitalInOutObj, v: PyValue) => {
        const pin = self.live();
        if (pin.state.output) throw newAttributeError('Pull not used when direction is output.');
        pin.switchToInput(pullValue(v));
      },
    },
    drive_mode: {
      get: (self: DigitalInOutObj) => {
        if (!self.live().state.output) throw newAttributeError('Drive mode not used when direction is input.');
        return self.openDrain ? DriveMode.values.OPEN_DRAIN : DriveMode.values.PUSH_PULL;
      },
      set: (self: DigitalInOutObj, v: PyValue) => {
        if (!self.live().state.output) throw newAttributeError('Drive mode not used when direction is input.');
        self.openDrain = v === DriveMode.values.OPEN_DRAIN;
      },
    },
  },
});

export const digitalioModule: NativeModule = {
  name: 'digitalio',
  build() {
    return {
      DigitalInOut: digitalInOutType,
      Direction: Direction.type,
      Pull: Pull.type,
      DriveMode: DriveMode.type,
    };
  },
};
