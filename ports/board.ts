// The BoardDefinition type and its loader: every board is one ports/<board_id>/board.json, checked
// here so that a mistake in a new board's data is reported by field, never met at run time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Button, BUTTONS } from './backends/backend';

export interface BoardIdentity {
  /** sys.implementation.version and os.uname().release. */
  circuitpython_version: [number, number, number];
  /** The date in os.uname().version and the REPL banner. */
  build_date: string;
  sys_platform: string;
  uname_sysname: string;
  uname_nodename: string;
  /** os.uname().machine and sys.implementation._machine: "<board name> with <mcu>". */
  uname_machine: string;
}

export interface BoardDisplay {
  width: number;
  height: number;
  rotation: 0 | 90 | 180 | 270;
  color_depth: 16;
  native_frames_per_second: number;
  brightness: number;
  backlight_pin: string;
  /** Pins in use while board.DISPLAY exists ("<name> in use" if claimed). */
  claims_pins: string[];
}

/** Buttons read through chained shift registers (74HC165): `keys[i]` is key_number i. */
export interface ShiftRegisterButtons {
  type: 'shift_register';
  clock: string;
  data: string;
  latch: string;
  value_to_latch: boolean;
  value_when_pressed: boolean;
  keys: Button[];
}

/** An analog stick on two ADC pins; readings in raw ADC counts. Low x = left, low y = up. */
export interface Joystick {
  x: string;
  y: string;
  adc_bits: number;
  center: number;
  min: number;
  max: number;
}

export interface BoardDefinition {
  board_id: string;
  /** The board name of the REPL banner. */
  name: string;
  mcu: string;
  identity: BoardIdentity;
  display: BoardDisplay;
  /** board module pin names → MCU pin, in the board's own order (the first name of an MCU pin names it in errors). */
  pins: Record<string, string>;
  /** Non-pin names of the board module (DISPLAY, I2C, …). */
  objects: string[];
  buttons: ShiftRegisterButtons;
  joystick: Joystick | null;
  neopixels: { pin: string; count: number; order: 'GRB' | 'RGB' | 'GRBW' };
  speaker: { pin: string; enable: string; dac_bits: number };
  /** A constant light level, in raw ADC counts (8..16-bit ADCs). */
  light_sensor: { pin: string; adc_bits: number; reading: number };
  accelerometer: { chip: string; bus: 'I2C'; address: number; interrupt: string } | null;
  status_led: string;
  /** The MCU's RAM (SAMD51J19: 192 KiB). */
  ram_bytes: number;
  /** What of it the firmware leaves to Python's heap (device-exact mode's budget; ports/README.md). */
  python_heap_bytes: number;
  nvm_bytes: number;
  flash_bytes: number;
  /** Importable built-in modules (CircuitPython's CIRCUITPY_* flags for this board). */
  modules: string[];
  /** Python modules frozen into the firmware (found before /lib). */
  frozen_modules: string[];
}

/** Where the board folders live: beside this file in the sources, ../ports from dist/. */
function portsDir(): string {
  for (const dir of [__dirname, join(__dirname, '..', 'ports')]) {
    if (existsSync(join(dir, 'pybadge', 'board.json'))) return dir;
  }
  throw new Error(`cpygame: board definitions not found near ${__dirname}`);
}

/** The board_ids of all built-in boards. */
export function listBoards(): string[] {
  const dir = portsDir();
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'board.json')))
    .map((d) => d.name)
    .sort();
}

/** Loads a built-in board by id, or any board.json by path (a name containing "/" or ending in .json). */
export function loadBoard(idOrPath: string): BoardDefinition {
  const isPath = idOrPath.includes('/') || idOrPath.endsWith('.json');
  if (!isPath && !listBoards().includes(idOrPath)) {
    throw new Error(`unknown board '${idOrPath}' (boards: ${listBoards().join(', ')})`);
  }
  const file = isPath ? idOrPath : join(portsDir(), idOrPath, 'board.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  const problems = checkBoard(data);
  if (problems.length) throw new Error(`${file}: invalid board definition:\n  ${problems.join('\n  ')}`);
  return data as BoardDefinition;
}

/** Every problem found in a parsed board.json, each naming its field; empty when valid. */
export function checkBoard(data: unknown): string[] {
  const problems: string[] = [];
  const b = data as Record<string, any>;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) return ['the file must hold one JSON object'];
  const need = (cond: boolean, field: string, what: string) => {
    if (!cond) problems.push(`${field}: ${what}`);
  };
  const isStr = (v: unknown) => typeof v === 'string' && v.length > 0;
  const isInt = (v: unknown, min = 0) => Number.isInteger(v) && (v as number) >= min;
  const isObj = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  const isStrList = (v: unknown) => Array.isArray(v) && v.every(isStr);

  for (const f of ['board_id', 'name', 'mcu', 'status_led']) need(isStr(b[f]), f, 'must be a non-empty string');
  for (const f of ['ram_bytes', 'python_heap_bytes', 'nvm_bytes', 'flash_bytes']) need(isInt(b[f]), f, 'must be an integer >= 0');
  for (const f of ['objects', 'modules', 'frozen_modules']) need(isStrList(b[f]), f, 'must be a list of strings');

  const pins: Record<string, unknown> = isObj(b.pins) ? b.pins : {};
  need(isObj(b.pins) && Object.keys(pins).length > 0, 'pins', 'must map pin names to MCU pins');
  for (const [name, mcu] of Object.entries(pins)) need(isStr(mcu), `pins.${name}`, 'must be an MCU pin name');
  const pin = (v: unknown, field: string) => need(isStr(v) && (v as string) in pins, field, `must name one of the board's pins, not ${JSON.stringify(v)}`);
  pin(b.status_led, 'status_led');

  const id = b.identity;
  need(isObj(id), 'identity', 'must be an object');
  if (isObj(id)) {
    need(Array.isArray(id.circuitpython_version) && id.circuitpython_version.length === 3 && id.circuitpython_version.every((n: unknown) => isInt(n)),
      'identity.circuitpython_version', 'must be [major, minor, micro]');
    need(/^\d{4}-\d{2}-\d{2}$/.test(String(id.build_date)), 'identity.build_date', 'must be YYYY-MM-DD');
    for (const f of ['sys_platform', 'uname_sysname', 'uname_nodename', 'uname_machine']) need(isStr(id[f]), `identity.${f}`, 'must be a non-empty string');
  }

  const d = b.display;
  need(isObj(d), 'display', 'must be an object');
  if (isObj(d)) {
    need(isInt(d.width, 1) && isInt(d.height, 1), 'display', 'width and height must be integers >= 1');
    need([0, 90, 180, 270].includes(d.rotation), 'display.rotation', 'must be 0, 90, 180 or 270');
    need(d.color_depth === 16, 'display.color_depth', 'must be 16 (RGB565 panels only)');
    need(isInt(d.native_frames_per_second, 1), 'display.native_frames_per_second', 'must be an integer >= 1');
    need(typeof d.brightness === 'number' && d.brightness >= 0 && d.brightness <= 1, 'display.brightness', 'must be 0..1');
    pin(d.backlight_pin, 'display.backlight_pin');
    need(isStrList(d.claims_pins), 'display.claims_pins', 'must be a list of pin names');
    if (isStrList(d.claims_pins)) {
      d.claims_pins.forEach((p: unknown, i: number) => pin(p, `display.claims_pins[${i}]`));
    }
  }

  const btn = b.buttons;
  need(isObj(btn) && btn.type === 'shift_register', 'buttons', 'must be {"type": "shift_register", …}');
  if (isObj(btn)) {
    for (const f of ['clock', 'data', 'latch']) pin(btn[f], `buttons.${f}`);
    for (const f of ['value_to_latch', 'value_when_pressed']) need(typeof btn[f] === 'boolean', `buttons.${f}`, 'must be true or false');
    const keys: unknown[] = Array.isArray(btn.keys) ? btn.keys : [];
    need(Array.isArray(btn.keys) && keys.length > 0, 'buttons.keys', 'must list the buttons in key_number order');
    keys.forEach((k, i) => need(BUTTONS.includes(k as Button), `buttons.keys[${i}]`, `must be one of ${BUTTONS.join(' ')}`));
    need(new Set(keys).size === keys.length, 'buttons.keys', 'must not repeat a button');
  }

  const j = b.joystick;
  if (j !== null) {
    need(isObj(j), 'joystick', 'must be an object or null');
    if (isObj(j)) {
      pin(j.x, 'joystick.x');
      pin(j.y, 'joystick.y');
      need(isInt(j.adc_bits, 8) && j.adc_bits <= 16, 'joystick.adc_bits', 'must be 8..16');
      const top = 2 ** (j.adc_bits || 0) - 1;
      need([j.min, j.center, j.max].every((n) => isInt(n) && n <= top) && j.min < j.center && j.center < j.max,
        'joystick', `needs integers min < center < max within 0..${top}`);
    }
  }

  const n = b.neopixels;
  need(isObj(n), 'neopixels', 'must be an object');
  if (isObj(n)) {
    pin(n.pin, 'neopixels.pin');
    need(isInt(n.count, 1), 'neopixels.count', 'must be an integer >= 1');
    need(['GRB', 'RGB', 'GRBW'].includes(n.order), 'neopixels.order', 'must be GRB, RGB or GRBW');
  }
  const s = b.speaker;
  need(isObj(s), 'speaker', 'must be an object');
  if (isObj(s)) {
    pin(s.pin, 'speaker.pin');
    pin(s.enable, 'speaker.enable');
    need(isInt(s.dac_bits, 1) && s.dac_bits <= 16, 'speaker.dac_bits', 'must be 1..16');
  }
  const l = b.light_sensor;
  need(isObj(l), 'light_sensor', 'must be an object');
  if (isObj(l)) {
    pin(l.pin, 'light_sensor.pin');
    need(isInt(l.adc_bits, 8) && l.adc_bits <= 16 && isInt(l.reading) && l.reading < 2 ** l.adc_bits,
      'light_sensor', 'needs adc_bits 8..16 and a reading within range');
  }
  const a = b.accelerometer;
  if (a !== null) {
    need(isObj(a), 'accelerometer', 'must be an object or null');
    if (isObj(a)) {
      need(isStr(a.chip), 'accelerometer.chip', 'must be a string');
      need(a.bus === 'I2C', 'accelerometer.bus', 'must be "I2C"');
      need(isInt(a.address) && a.address < 128, 'accelerometer.address', 'must be a 7-bit I2C address');
      pin(a.interrupt, 'accelerometer.interrupt');
    }
  }
  return problems;
}

/** The name errors use for an MCU pin: its first name in the board's pin list. */
export function pinDisplayName(board: BoardDefinition, name: string): string {
  const mcu = board.pins[name];
  return Object.keys(board.pins).find((n) => board.pins[n] === mcu) ?? name;
}
