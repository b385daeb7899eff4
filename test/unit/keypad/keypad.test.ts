// Unit tests of the keypad implementation (no VM): queue, events, scan timing and debounce.
import t from 'tap';
import { Event } from '../../../src/modules/keypad/Event';
import { EventQueue } from '../../../src/modules/keypad/EventQueue';
import { KeyMatrix } from '../../../src/modules/keypad/KeyMatrix';
import { Keys } from '../../../src/modules/keypad/Keys';
import { DigitalPin, KeypadClock, Pull } from '../../../src/modules/keypad/pins';
import { ShiftRegisterKeys } from '../../../src/modules/keypad/ShiftRegisterKeys';
import { KeypadScanners } from '../../../src/modules/keypad/background';

/** A clock whose 1024 Hz ticks the test moves by hand; ticks_ms is offset to show it is used. */
class FakeClock implements KeypadClock {
  ticks = 0;
  rawTicks(): number {
    return this.ticks;
  }
  ticksMs(): number {
    return 1000 + Math.floor((this.ticks * 1000) / 1024);
  }
}

/** A pin wired to a switch to ground or to 3V3 (level when closed), else held by its pull. */
class SwitchPin implements DigitalPin {
  closed = false;
  pull: Pull = null;
  constructor(private readonly closedLevel: boolean) {}
  switchToInput(pull: Pull): void {
    this.pull = pull;
  }
  switchToOutput(): void {
    throw new Error('a key pin is never an output');
  }
  get value(): boolean {
    return this.closed ? this.closedLevel : this.pull === 'up';
  }
  set value(_v: boolean) {
    throw new Error('a key pin is never driven');
  }
}

function drain(q: EventQueue): string[] {
  const out: string[] = [];
  for (let e = q.get(); e; e = q.get()) out.push(`${e.keyNumber}${e.pressed ? 'P' : 'R'}@${e.timestamp}`);
  return out;
}

t.test('EventQueue drops the new event when full and sets overflowed until clear()', async t => {
  const q = new EventQueue(2);
  t.ok(q.record(1, true, 10));
  t.ok(q.record(2, true, 11));
  t.notOk(q.record(3, true, 12));
  t.ok(q.overflowed);
  t.same(drain(q), ['1P@10', '2P@11']);
  t.ok(q.overflowed, 'emptying the queue does not reset overflowed');
  q.record(4, false, 13);
  q.clear();
  t.equal(q.length, 0);
  t.notOk(q.overflowed);
});

t.test('get_into fills an existing event and leaves it untouched when empty', async t => {
  const q = new EventQueue(4);
  const e = new Event(7, false, 99);
  t.notOk(q.getInto(e));
  t.same([e.keyNumber, e.pressed, e.timestamp], [7, false, 99]);
  q.record(3, true, 5);
  t.ok(q.getInto(e));
  t.same([e.keyNumber, e.pressed, e.released, e.timestamp], [3, true, false, 5]);
  t.equal(q.get(), null);
});

t.test('Event equality ignores timestamps; hash and repr as on the board', async t => {
  t.ok(new Event(3, true, 1).equals(new Event(3, true, 2)));
  t.notOk(new Event(3, true).equals(new Event(3, false)));
  t.equal(new Event(3, true).hash(), (1 << 15) + 3);
  t.equal(new Event(3, false).hash(), 3);
  t.equal(new Event(3, true).repr(), '<Event: key_number 3 pressed>');
  t.equal(new Event(0, false).repr(), '<Event: key_number 0 released>');
});

t.test('a key held when Keys is created gives no pressed event, but a released one', async t => {
  const clock = new FakeClock();
  const pins = [new SwitchPin(false), new SwitchPin(false)];
  pins[0].closed = true;
  const keys = new Keys(clock, pins, { valueWhenPressed: false });
  t.equal(pins[0].pull, 'up', 'pull opposes value_when_pressed');
  t.same(drain(keys.events), []);
  pins[0].closed = false;
  clock.ticks = 20;
  keys.scanIfDue();
  t.same(drain(keys.events), ['0R@1019']);
});

t.test('scans happen at most once per interval, timestamped with ticks_ms of the scan', async t => {
  const clock = new FakeClock();
  const pin = new SwitchPin(true);
  // 0.02 s = 20.48 ticks, truncated to 20.
  const keys = new Keys(clock, [pin], { valueWhenPressed: true });
  t.equal(pin.pull, 'down');
  pin.closed = true;
  clock.ticks = 19;
  keys.scanIfDue();
  t.same(drain(keys.events), [], 'not yet due');
  clock.ticks = 20;
  keys.scanIfDue();
  t.same(drain(keys.events), ['0P@1019']);
  pin.closed = false;
  clock.ticks = 39;
  keys.scanIfDue();
  t.same(drain(keys.events), [], 'the next scan is 20 ticks after the last one');
  clock.ticks = 40;
  keys.scanIfDue();
  t.same(drain(keys.events), ['0R@1039']);
});

t.test('debounce_threshold: a change must persist for that many scans', async t => {
  const clock = new FakeClock();
  const pin = new SwitchPin(true);
  const keys = new Keys(clock, [pin], { valueWhenPressed: true, interval: 0, debounceThreshold: 3 });
  const scan = (closed: boolean) => {
    pin.closed = closed;
    clock.ticks++;
    keys.scanIfDue();
    return drain(keys.events).length;
  };
  // Settle to "released" first: from the initial 0 it takes 3 scans.
  t.same([scan(false), scan(false), scan(false)], [0, 0, 0]);
  t.same([scan(true), scan(true), scan(false), scan(true), scan(true)], [0, 0, 0, 0, 1],
    'a bounce sets the count back by one');
  t.same([scan(false), scan(false), scan(false)], [0, 0, 1]);
});

t.test('reset() treats keys as released, so held keys report pressed at once', async t => {
  const clock = new FakeClock();
  const pins = [new SwitchPin(true), new SwitchPin(true)];
  pins[1].closed = true;
  const keys = new Keys(clock, pins, { valueWhenPressed: true });
  t.same(drain(keys.events), []);
  clock.ticks = 5;
  keys.reset();
  t.same(drain(keys.events), ['1P@1004'], 'only the held key; the idle one gives nothing');
});

t.test('a scanner with a full queue keeps the old events', async t => {
  const clock = new FakeClock();
  const pins = [new SwitchPin(true), new SwitchPin(true), new SwitchPin(true)];
  const keys = new Keys(clock, pins, { valueWhenPressed: true, maxEvents: 2 });
  for (const p of pins) p.closed = true;
  clock.ticks = 20;
  keys.scanIfDue();
  t.ok(keys.events.overflowed);
  t.same(drain(keys.events), ['0P@1019', '1P@1019']);
});

t.test('KeyMatrix drives one row at a time and numbers keys row * columns + column', async t => {
  const clock = new FakeClock();
  // A 2×3 matrix; diodes towards the columns' anodes: a driven-low row pulls a pressed key's
  // column low, other columns stay pulled up.
  const pressed = new Set<string>();
  const rows: (DigitalPin & { driven: boolean | null })[] = [];
  const cols: DigitalPin[] = [];
  for (let r = 0; r < 2; r++) {
    rows.push({
      driven: null,
      switchToInput() { this.driven = null; },
      switchToOutput(v: boolean) { this.driven = v; },
      get value() { return this.driven ?? true; },
      set value(v: boolean) { if (this.driven !== null) this.driven = v; },
    });
  }
  for (let c = 0; c < 3; c++) {
    cols.push({
      switchToInput() {},
      switchToOutput() { throw new Error('columns are inputs'); },
      get value() { return !rows.some((row, r) => row.driven === false && pressed.has(`${r},${c}`)); },
      set value(_v: boolean) { throw new Error('columns are inputs'); },
    });
  }
  const m = new KeyMatrix(clock, rows, cols, { interval: 0 });
  pressed.add('1,2');
  pressed.add('0,1');
  clock.ticks = 1;
  m.scanIfDue();
  t.same(drain(m.events), ['1P@1000', '5P@1000']);
  t.same(m.keyNumberToRowColumn(5), [1, 2]);
  t.equal(m.rowColumnToKeyNumber(1, 0), 3);
  t.same(rows.map(r => r.driven), [null, null], 'rows rest as inputs between scans');
});

t.test('ShiftRegisterKeys: key 0 is the first bit out after latching; registers chain', async t => {
  const clock = new FakeClock();
  // Two 74HC165-like registers sharing clock and latch; inputs[d][bit] = pressed.
  const inputs = [[false, false, false], [false, false]];
  const held: boolean[][] = [[], []];
  const pos = [0, 0];
  let latchLevel = false;
  let clockLevel = false;
  const latch: DigitalPin = {
    switchToInput() {},
    switchToOutput(v: boolean) { this.value = v; },
    get value() { return latchLevel; },
    set value(v: boolean) {
      if (v && !latchLevel) for (let d = 0; d < 2; d++) { held[d] = [...inputs[d]]; pos[d] = 0; }
      latchLevel = v;
    },
  };
  const clk: DigitalPin = {
    switchToInput() {},
    switchToOutput(v: boolean) { clockLevel = v; },
    get value() { return clockLevel; },
    set value(v: boolean) {
      if (v && !clockLevel && latchLevel) { pos[0]++; pos[1]++; }
      clockLevel = v;
    },
  };
  const data = [0, 1].map((d): DigitalPin => ({
    switchToInput() {},
    switchToOutput() { throw new Error('data is an input'); },
    get value() { return latchLevel ? held[d][pos[d]] ?? false : inputs[d][0]; },
    set value(_v: boolean) { throw new Error('data is an input'); },
  }));
  const keys = new ShiftRegisterKeys(clock, clk, data, latch, { keyCounts: [3, 2], valueWhenPressed: true });
  t.equal(keys.keyCount, 5);
  t.same(drain(keys.events), []);
  inputs[0][2] = true;
  inputs[1][0] = true;
  clock.ticks = 20;
  keys.scanIfDue();
  t.same(drain(keys.events), ['3P@1019', '2P@1019'], 'in scan order: bit 0 of every register, then bit 1…');
  t.equal(latchLevel, false, 'latch left at the loading level');
  inputs[0][2] = false;
  clock.ticks = 40;
  keys.scanIfDue();
  t.same(drain(keys.events), ['2R@1039']);
});

t.test('KeypadScanners ticks live scanners and stops them all at the end', async t => {
  const clock = new FakeClock();
  const pin = new SwitchPin(true);
  const keys = new Keys(clock, [pin], { valueWhenPressed: true, interval: 0 });
  const all = new KeypadScanners();
  all.add(keys);
  pin.closed = true;
  all.tick();
  t.same(drain(keys.events), ['0P@1000']);
  all.deinitAll();
  t.ok(keys.deinited);
  pin.closed = false;
  all.tick();
  keys.scanIfDue();
  t.same(drain(keys.events), [], 'a deinited scanner no longer scans');
});
