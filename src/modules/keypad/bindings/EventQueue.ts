// keypad.EventQueue as Python sees it: not constructible; get, get_into, clear, overflowed.
import { None, PyObject, PyType, PyValue, typeName, newTypeError, defineClass } from '../../../objects';
import type { EventQueue } from '../EventQueue';
import { EventObj } from './Event';

export class EventQueueObj extends PyObject {
  constructor(cls: PyType, readonly queue: EventQueue) {
    super(cls);
  }
}

export function defineEventQueueType(eventType: PyType) {
  return defineClass({
    name: 'EventQueue',
    module: 'keypad',
    subclassable: false,
    methods: {
      'get(self)': (self: EventQueueObj) => {
        const e = self.queue.get();
        if (e === null) return None;
        const obj = new EventObj(eventType);
        obj.event = e;
        return obj;
      },
      'get_into(self, event, /)': (self: EventQueueObj, event: PyValue) => {
        if (!(event instanceof EventObj)) throw newTypeError(`event must be of type Event, not ${typeName(event)}`);
        return self.queue.getInto(event.event);
      },
      'clear(self)': (self: EventQueueObj) => {
        self.queue.clear();
      },
    },
    properties: {
      overflowed: { get: (self: EventQueueObj) => self.queue.overflowed },
    },
    slots: {
      len: (self: EventQueueObj) => self.queue.length,
      bool: (self: EventQueueObj) => self.queue.length > 0,
    },
  });
}
