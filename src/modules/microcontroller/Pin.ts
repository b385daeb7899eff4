// microcontroller.Pin: one MCU pin; board names are aliases of the same object, and the repr
// uses the first board name, as the firmware's pin table does.
import { defineClass, PyObject } from '../../objects';
import type { PinState } from '../../runtime/board-hardware';

export const pinType = defineClass({
  name: 'Pin',
  module: 'microcontroller',
  subclassable: false,
  slots: { repr: (p: PyPin) => `board.${p.state.boardName}` },
});

export class PyPin extends PyObject {
  constructor(readonly state: PinState) {
    super(pinType);
  }
}

/** The Pin objects of one run, one per MCU pin. */
export class PinTable {
  private readonly pins = new Map<PinState, PyPin>();

  get(state: PinState): PyPin {
    let pin = this.pins.get(state);
    if (!pin) {
      pin = new PyPin(state);
      this.pins.set(state, pin);
    }
    return pin;
  }
}
