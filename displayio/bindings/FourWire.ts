// fourwire.FourWire (displayio.FourWire in 9.x): the SPI bus a BusDisplay talks through. cpygame
// has one panel and no wire protocol, so the bus only claims its pins and takes the display slot's
// bus; send() and reset() are accepted and do nothing. reference: display-rendering.md §1, FourWire.
import {
  AttributeError, bytesLike, defineClass, newException, newRuntimeError, newTypeError, newValueError, None, PyObject, PyType, PyValue,
  typeName, validateInt, validateIntRange,
} from '../../src/objects';
import { PyPin } from '../../src/modules/microcontroller/Pin';
import { spiType } from '../../src/modules/busio/SPI';
import { DISPLAY_OWNER } from '../../src/runtime/runtime';
import type { DisplayioContext } from './context';

export class FourWireObj extends PyObject {
  spi: PyValue = None;
  pins: PyPin[] = [];
  hasReset = false;
  /** release_displays() turns a bus into None, as the firmware retypes its slot. */
  released = false;
}

/** A pin argument that may be None: its type, and (unless `mayBeUsed`) that nothing holds it. */
export function freePinOrNone(v: PyValue, argName: string, mayBeUsed = false): PyPin | null {
  if (v === None) return null;
  if (!(v instanceof PyPin)) throw newTypeError(`${argName} must be of type Pin, not ${typeName(v)}`);
  if (!mayBeUsed && v.state.claimedBy !== null) throw newValueError(`${v.state.boardName} in use`);
  return v;
}

/** The error a released display or bus raises on any use: it has become None. */
export function releasedAttribute(name: string): never {
  throw newException(AttributeError, `'NoneType' object has no attribute '${name}'`);
}

export function defineFourWireType(ctx: DisplayioContext): PyType {
  const live = (self: FourWireObj, name: string): FourWireObj => {
    if (self.released) releasedAttribute(name);
    return self;
  };
  return defineClass({
    name: 'FourWire',
    module: 'fourwire',
    alloc: (cls) => new FourWireObj(cls),
    init: ['__init__(self, spi_bus, *, command=None, chip_select=None, reset=None, baudrate=24000000, polarity=0, phase=0)', (
      self: FourWireObj, spi: PyValue, command: PyValue, chipSelect: PyValue, reset: PyValue, baudrate: PyValue,
      polarity: PyValue, phase: PyValue,
    ) => {
      // 9.x checks the pins first (the command pin only for its type), then the bus, then the slot.
      const pins = [
        freePinOrNone(command, 'command', true),
        freePinOrNone(chipSelect, 'chip_select'),
        freePinOrNone(reset, 'reset'),
      ];
      if (!(spi instanceof PyObject && spi.cls.isSubtypeOf(spiType))) {
        throw newTypeError(`spi_bus must be of type SPI, not ${typeName(spi)}`);
      }
      validateInt(baudrate, 'baudrate');
      if (ctx.busInUse()) throw newRuntimeError('Too many display busses; forgot displayio.release_displays() ?');
      validateIntRange(polarity, 0, 1, 'polarity');
      validateIntRange(phase, 0, 1, 'phase');
      self.spi = spi;
      self.hasReset = pins[2] !== null;
      self.pins = pins.filter((p): p is PyPin => p !== null);
      for (const p of self.pins) p.state.claimedBy = DISPLAY_OWNER;
      ctx.buses.push(self);
    }],
    methods: {
      'reset(self)': (self: FourWireObj) => {
        if (!live(self, 'reset').hasReset) throw newRuntimeError('No reset pin');
        return None;
      },
      'send(self, command, data, *, toggle_every_byte=False)': (self: FourWireObj, command: PyValue, data: PyValue) => {
        live(self, 'send');
        validateIntRange(command, 0, 255, 'command');
        if (!bytesLike(data)) throw newTypeError('object with buffer protocol required');
        return None;
      },
    },
    slots: {
      repr: (self: FourWireObj) => (self.released ? 'None' : '<FourWire>'),
    },
  });
}
