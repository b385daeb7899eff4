// Claiming board pins for a peripheral, with the firmware's "in use" error.
import { typeName, PyValue, newTypeError, newValueError } from '../objects';
import { ClaimedPin } from '../runtime/board-hardware';
import { PyPin } from './microcontroller/Pin';

export function claimPin(pin: PyValue, owner: string, argName = 'pin'): ClaimedPin {
  if (!(pin instanceof PyPin)) throw newTypeError(`${argName} must be of type Pin, not ${typeName(pin)}`);
  if (pin.state.claimedBy !== null) throw newValueError(`${pin.state.boardName} in use`);
  pin.state.claimedBy = owner;
  return new ClaimedPin(pin.state);
}

export function releasePin(pin: ClaimedPin): void {
  pin.state.claimedBy = null;
  pin.state.output = false;
  pin.state.pull = null;
}

export const DEINIT_MESSAGE = 'Object has been deinitialized and can no longer be used. Create a new object.';
