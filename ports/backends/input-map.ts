// Host keys → console buttons and host actions, in one place for every backend. Backends turn
// their own key codes into the key names below (lower-case, as SDL and most terminals name them).
import { Button, HostAction } from './backend';

/** Arrows drive the D-pad (or joystick), Z/X are B/A, Enter Start, Shift or Backspace Select. */
export const KEY_TO_BUTTON: Readonly<Record<string, Button>> = {
  up: 'UP',
  down: 'DOWN',
  left: 'LEFT',
  right: 'RIGHT',
  z: 'B',
  x: 'A',
  return: 'START',
  enter: 'START',
  shift: 'SELECT',
  backspace: 'SELECT',
};

export const KEY_TO_ACTION: Readonly<Record<string, HostAction>> = {
  escape: 'quit',
  f12: 'screenshot',
  f5: 'reload',
};

/** SDL names both shift keys separately; everything else already matches. */
export function normaliseKeyName(name: string): string {
  const k = name.toLowerCase();
  return k === 'left shift' || k === 'right shift' ? 'shift' : k;
}

/** Game-controller buttons (SDL's names) → console buttons. */
export const PAD_TO_BUTTON: Readonly<Record<string, Button>> = {
  dpadUp: 'UP',
  dpadDown: 'DOWN',
  dpadLeft: 'LEFT',
  dpadRight: 'RIGHT',
  a: 'A',
  b: 'B',
  start: 'START',
  back: 'SELECT',
};

/** How far a controller stick must lean (of ±1) to count as a D-pad press. */
export const STICK_THRESHOLD = 0.5;

/** The one-line help shown by interactive backends. */
export const KEY_HELP = 'arrows: D-pad  x: A  z: B  Enter: Start  Shift/Backspace: Select  F5: reload  F12: screenshot  Esc: quit';
