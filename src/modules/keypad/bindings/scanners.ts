// keypad.Keys, KeyMatrix and ShiftRegisterKeys as Python sees them: argument rules and error
// texts from keypad.md; the scanning itself is ../Keys.ts and friends.
import { None, PyObject, PyType, PyValue, newTypeError, newValueError, defineClass, isTrue, toArray, newTuple } from '../../../objects';
import type { ClaimedPin } from '../../../runtime/board-hardware';
import type { Runtime } from '../../../runtime/runtime';
import { toInteger, toNumber } from '../../args-util';
import { PyPin } from '../../microcontroller/Pin';
import { claimPin, DEINIT_MESSAGE, releasePin } from '../../pins-util';
import { KeyMatrix } from '../KeyMatrix';
import { Keys } from '../Keys';
import type { Scanner, ScannerOptions } from '../scanner';
import { ShiftRegisterKeys } from '../ShiftRegisterKeys';
import { EventQueueObj } from './EventQueue';

class ScannerObj extends PyObject {
  scanner: Scanner | null = null;
  pins: ClaimedPin[] = [];
  events: EventQueueObj | null = null;

  live(): Scanner {
    if (this.scanner === null) throw newValueError(DEINIT_MESSAGE);
    return this.scanner;
  }
}

function scannerOptions(interval: PyValue, maxEvents: PyValue, debounce: PyValue): ScannerOptions {
  const seconds = toNumber(interval, 'interval');
  if (seconds < 0) throw newValueError('interval must be >= 0');
  const max = toInteger(maxEvents, 'max_events');
  if (max < 1) throw newValueError('max_events must be >= 1');
  const threshold = toInteger(debounce, 'debounce_threshold');
  if (threshold < 1 || threshold > 127) throw newValueError('debounce_threshold must be 1-127');
  return { interval: seconds, maxEvents: max, debounceThreshold: threshold };
}

function requireBool(v: PyValue | undefined, name: string): boolean {
  if (v === undefined) throw newTypeError(`'${name}' argument required`);
  return isTrue(v);
}

function pinList(v: PyValue, listName: string): PyValue[] {
  const pins = toArray(v);
  if (new Set(pins).size !== pins.length) throw newTypeError(`${listName} contains duplicate pins`);
  return pins;
}

export function defineScannerTypes(rt: Runtime, eventQueueType: PyType) {
  const clock = { rawTicks: () => rt.rawTicks(), ticksMs: () => rt.ticksMs() };

  function start(self: ScannerObj, claims: ClaimedPin[], make: () => Scanner): void {
    self.pins = claims;
    const scanner = make();
    self.scanner = scanner;
    self.events = new EventQueueObj(eventQueueType, scanner.events);
    rt.keypad.add(scanner);
  }

  function claimAll(pins: PyValue[], owner: string): ClaimedPin[] {
    const claimed: ClaimedPin[] = [];
    try {
      for (const p of pins) claimed.push(claimPin(p, owner));
    } catch (e) {
      claimed.forEach(releasePin);
      throw e;
    }
    return claimed;
  }

  const common = {
    methods: {
      'deinit(self)': (self: ScannerObj) => stop(self),
      '__enter__(self)': (self: ScannerObj) => self,
      '__exit__(self, *args)': (self: ScannerObj) => stop(self),
      'reset(self)': (self: ScannerObj) => self.live().reset(),
    },
    properties: {
      events: { get: (self: ScannerObj) => (self.live(), self.events ?? None) },
      key_count: { get: (self: ScannerObj) => self.live().keyCount },
    },
  };

  function stop(self: ScannerObj): void {
    if (self.scanner) {
      self.scanner.deinit();
      rt.keypad.remove(self.scanner);
    }
    self.pins.forEach(releasePin);
    self.pins = [];
    self.scanner = null;
  }

  const Keys_ = defineClass({
    name: 'Keys',
    module: 'keypad',
    alloc: (cls) => new ScannerObj(cls),
    init: ['__init__(self, pins, *, value_when_pressed=?, pull=True, interval=0.02, max_events=64, debounce_threshold=1)',
      (self: ScannerObj, pins: PyValue, vwp: PyValue | undefined, pull: PyValue, interval: PyValue, max: PyValue, deb: PyValue) => {
        const whenPressed = requireBool(vwp, 'value_when_pressed');
        const opts = scannerOptions(interval, max, deb);
        const claims = claimAll(pinList(pins, 'row_pins'), 'Keys');
        start(self, claims, () => new Keys(clock, claims, { ...opts, valueWhenPressed: whenPressed, pull: isTrue(pull) }));
      }],
    ...common,
  });

  const KeyMatrix_ = defineClass({
    name: 'KeyMatrix',
    module: 'keypad',
    alloc: (cls) => new ScannerObj(cls),
    init: ['__init__(self, row_pins, column_pins, *, columns_to_anodes=True, interval=0.02, max_events=64, debounce_threshold=1)',
      (self: ScannerObj, rows: PyValue, cols: PyValue, anodes: PyValue, interval: PyValue, max: PyValue, deb: PyValue) => {
        const opts = scannerOptions(interval, max, deb);
        const rowPins = pinList(rows, 'row_pins'), colPins = pinList(cols, 'column_pins');
        const claims = claimAll([...rowPins, ...colPins], 'KeyMatrix');
        start(self, claims, () => new KeyMatrix(clock, claims.slice(0, rowPins.length), claims.slice(rowPins.length), { ...opts, columnsToAnodes: isTrue(anodes) }));
      }],
    methods: {
      ...common.methods,
      'key_number_to_row_column(self, key_number, /)': (self: ScannerObj, n: PyValue) => {
        const m = self.live() as KeyMatrix;
        const k = toInteger(n, 'key_number');
        if (k < 0 || k >= m.keyCount) throw newValueError(`key_number must be 0-${m.keyCount - 1}`);
        return newTuple(m.keyNumberToRowColumn(k));
      },
      'row_column_to_key_number(self, row, column, /)': (self: ScannerObj, r: PyValue, c: PyValue) => {
        const m = self.live() as KeyMatrix;
        return m.rowColumnToKeyNumber(toInteger(r, 'row'), toInteger(c, 'column'));
      },
    },
    properties: common.properties,
  });

  const ShiftRegisterKeys_ = defineClass({
    name: 'ShiftRegisterKeys',
    module: 'keypad',
    alloc: (cls) => new ScannerObj(cls),
    init: ['__init__(self, *, clock, data, latch, value_to_latch=True, key_count, value_when_pressed=?, interval=0.02, max_events=64, debounce_threshold=1)',
      (self: ScannerObj, clk: PyValue, data: PyValue, latch: PyValue, toLatch: PyValue, keyCount: PyValue, vwp: PyValue | undefined, interval: PyValue, max: PyValue, deb: PyValue) => {
        const whenPressed = requireBool(vwp, 'value_when_pressed');
        const opts = scannerOptions(interval, max, deb);
        const dataPins = data instanceof PyPin ? [data] : toArray(data);
        const counts = typeof keyCount === 'number' ? [keyCount] : toArray(keyCount).map((c) => toInteger(c, 'key_count'));
        if (counts.length !== dataPins.length) throw newValueError(`key_count length must be ${dataPins.length}`);
        for (const c of counts) if (c < 1) throw newValueError('key_count must be >= 1');
        const claims = claimAll([clk, latch, ...dataPins], 'ShiftRegisterKeys');
        start(self, claims, () => new ShiftRegisterKeys(clock, claims[0], claims.slice(2), claims[1], {
          ...opts, keyCounts: counts, valueWhenPressed: whenPressed, valueToLatch: isTrue(toLatch),
        }));
      }],
    ...common,
  });

  return { Keys: Keys_, KeyMatrix: KeyMatrix_, ShiftRegisterKeys: ShiftRegisterKeys_ };
}
