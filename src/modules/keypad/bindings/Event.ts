// keypad.Event as Python sees it: Event(key_number=0, pressed=True, timestamp=None).
import { NotImplemented, None, PyObject, PyValue, typeName, CmpOp, newTypeError, newValueError, defineClass, isTrue } from '../../../objects';
import { Event } from '../Event';

export class EventObj extends PyObject {
  event = new Event();
}

/** Event's constructor needs the current ticks_ms for timestamp=None: the module passes it in. */
export function defineEventType(ticksMs: () => number) {
  return defineClass({
    name: 'Event',
    module: 'keypad',
    alloc: (cls) => new EventObj(cls),
    init: ['__init__(self, key_number=0, pressed=True, timestamp=None)', (self: EventObj, key: PyValue, pressed: PyValue, ts: PyValue) => {
      if (typeof key !== 'number') throw newTypeError(`key_number must be of type int, not ${typeName(key)}`);
      if (key < 0) throw newValueError('key_number must be >= 0');
      let timestamp: number;
      if (ts === None) timestamp = ticksMs();
      else if (typeof ts === 'number') timestamp = ts;
      else throw newTypeError(`timestamp must be of type int, not ${typeName(ts)}`);
      self.event = new Event(key, isTrue(pressed), timestamp);
    }],
    properties: {
      key_number: { get: (self: EventObj) => self.event.keyNumber },
      pressed: { get: (self: EventObj) => self.event.pressed },
      released: { get: (self: EventObj) => self.event.released },
      timestamp: { get: (self: EventObj) => self.event.timestamp },
    },
    slots: {
      repr: (self: EventObj) => self.event.repr(),
      hash: (self: EventObj) => self.event.hash(),
      richcompare: (self: EventObj, other: PyValue, op: CmpOp) => {
        if (!(other instanceof EventObj) || (op !== CmpOp.EQ && op !== CmpOp.NE)) return NotImplemented;
        return self.event.equals(other.event) === (op === CmpOp.EQ);
      },
    },
  });
}
