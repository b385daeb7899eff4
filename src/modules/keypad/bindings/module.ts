// The keypad module of one run: its classes are made per Runtime because scanners read that
// run's board and clock.
import type { Runtime } from '../../../runtime/runtime';
import type { NativeModule } from '../../module-def';
import { defineEventType } from './Event';
import { defineEventQueueType } from './EventQueue';
import { defineScannerTypes } from './scanners';

export const keypadModule: NativeModule = {
  name: 'keypad',
  build(rt: Runtime) {
    const Event = defineEventType(() => rt.ticksMs());
    const EventQueue = defineEventQueueType(Event);
    return { Event, EventQueue, ...defineScannerTypes(rt, EventQueue) };
  },
};
