// Unit tests of the board data (also read through the runtime's emulated board hardware), host key
// mapping and input scripts.
import t from 'tap';
import { checkBoard, listBoards, loadBoard, pinDisplayName } from '../../../ports/board';
import { BoardHardware, ClaimedPin } from '../../../src/runtime/board-hardware';
import { KEY_TO_ACTION, KEY_TO_BUTTON, normaliseKeyName } from '../../../ports/backends/input-map';
import {
  formatInputScript, InputRecorder, InputScriptPlayer, parseInputScript,
} from '../../../ports/backends/input-script';
import { Button } from '../../../ports/backends/backend';
import { ShiftRegisterKeys } from '../../../src/modules/keypad/ShiftRegisterKeys';
import { KeypadClock } from '../../../src/modules/keypad/pins';

const clock: KeypadClock & { ticks: number } = {
  ticks: 0,
  rawTicks() { return this.ticks; },
  ticksMs() { return this.ticks; },
};

t.test('both boards load and pass their checks', async t => {
  t.same(listBoards(), ['pybadge', 'pygamer']);
  const badge = loadBoard('pybadge');
  const gamer = loadBoard('pygamer');
  t.equal(badge.identity.uname_machine, 'Adafruit Pybadge with samd51j19');
  t.equal(gamer.identity.uname_machine, 'Adafruit PyGamer with samd51j19');
  t.same([badge.display.width, badge.display.height], [160, 128]);
  t.equal(badge.pins.TFT_CS, 'PB07');
  t.equal(gamer.pins.TFT_CS, 'PB12');
  t.equal(gamer.pins.JOYSTICK_X, 'PB07');
  t.notOk('JOYSTICK_X' in badge.pins);
  t.notOk('BUTTON_A' in badge.pins, 'no per-button pin names on the real board');
  t.same(badge.buttons.keys, ['B', 'A', 'START', 'SELECT', 'RIGHT', 'DOWN', 'UP', 'LEFT']);
  t.same(gamer.buttons.keys, ['B', 'A', 'START', 'SELECT']);
  t.equal(badge.neopixels.count, 5);
  t.equal(badge.accelerometer?.address, 0x19);
  t.ok(badge.modules.includes('keypad') && badge.modules.includes('displayio'));
  t.notOk(badge.modules.includes('audiopwmio'), 'SAMD51 has no audiopwmio');
  t.notOk(badge.modules.includes('framebufferio'));
  t.notOk(badge.modules.includes('neopixel'), 'neopixel is a /lib library, not built in');
});

t.test('an unknown board names the known ones', async t => {
  t.throws(() => loadBoard('pyportal'), /unknown board 'pyportal' \(boards: pybadge, pygamer\)/);
});

t.test('board checks name each bad field', async t => {
  const good = JSON.parse(JSON.stringify(loadBoard('pygamer')));
  t.same(checkBoard(good), []);
  const bad = JSON.parse(JSON.stringify(good));
  bad.buttons.keys = ['B', 'TURBO', 'B'];
  bad.buttons.clock = 'NO_SUCH_PIN';
  bad.display.rotation = 45;
  bad.joystick.center = 5000;
  delete bad.modules;
  const problems = checkBoard(bad);
  t.match(problems.join('\n'), /buttons\.keys\[1\]: must be one of A B START SELECT UP DOWN LEFT RIGHT/);
  t.match(problems.join('\n'), /buttons\.keys: must not repeat a button/);
  t.match(problems.join('\n'), /buttons\.clock: must name one of the board's pins, not "NO_SUCH_PIN"/);
  t.match(problems.join('\n'), /display\.rotation: must be 0, 90, 180 or 270/);
  t.match(problems.join('\n'), /joystick: needs integers min < center < max within 0\.\.4095/);
  t.match(problems.join('\n'), /modules: must be a list of strings/);
  t.same(checkBoard([]), ['the file must hold one JSON object']);
});

t.test('errors name a pin by its first name on the board', async t => {
  const badge = loadBoard('pybadge');
  t.equal(pinDisplayName(badge, 'NEOPIXEL'), 'D8');
  t.equal(pinDisplayName(badge, 'BUTTON_CLOCK'), 'BUTTON_CLOCK');
  t.equal(pinDisplayName(badge, 'SPEAKER'), 'A0');
});

/** Key numbers ShiftRegisterKeys reports when `held` buttons are down on the emulated board. */
function pressedKeys(boardId: string, held: Button[]): number[] {
  const board = loadBoard(boardId);
  const hw = new BoardHardware(board);
  const b = board.buttons;
  const pin = (name: string) => new ClaimedPin(hw.pin(name));
  const keys = new ShiftRegisterKeys(clock, pin(b.clock), [pin(b.data)], pin(b.latch),
    { keyCounts: [b.keys.length], valueWhenPressed: b.value_when_pressed, valueToLatch: b.value_to_latch, interval: 0 });
  keys.reset();
  keys.events.clear();
  // What the host side does with held buttons: bit i for the button of key_number i.
  hw.buttons = held.reduce((bits, button) => (b.keys.includes(button) ? bits | (1 << b.keys.indexOf(button)) : bits), 0);
  clock.ticks++;
  keys.scanIfDue();
  const out: number[] = [];
  for (let e = keys.events.get(); e; e = keys.events.get()) out.push(e.keyNumber);
  return out;
}

t.test('PyBadge buttons reach ShiftRegisterKeys with the board key numbers', async t => {
  t.same(pressedKeys('pybadge', ['B']), [0]);
  t.same(pressedKeys('pybadge', ['A']), [1]);
  t.same(pressedKeys('pybadge', ['START', 'SELECT']), [2, 3]);
  t.same(pressedKeys('pybadge', ['LEFT', 'RIGHT', 'DOWN', 'UP']), [4, 5, 6, 7]);
});

t.test('PyGamer has four keys on the register; its stick is on the ADC', async t => {
  t.same(pressedKeys('pygamer', ['UP', 'A']), [1]);
  const hw = new BoardHardware(loadBoard('pygamer'));
  const x = hw.pin('JOYSTICK_X');
  t.equal(hw.analogRaw(x), 2048, 'centred');
  hw.stickX = -1;
  t.equal(hw.analogRaw(x), 0, 'left is low');
  hw.stickX = 1;
  t.equal(hw.analogRaw(x), 4095);
  t.equal(hw.analogRaw(hw.pin('LIGHT')), 1200, 'the light sensor reads the board file\'s constant');
});

t.test('aliased pin names share one emulated pin', async t => {
  const hw = new BoardHardware(loadBoard('pybadge'));
  t.equal(hw.pin('D8'), hw.pin('NEOPIXEL'));
  t.equal(hw.pin('A0'), hw.pin('SPEAKER'));
  t.not(hw.pin('A0'), hw.pin('A1'));
});

t.test('host keys map to buttons and actions in one table', async t => {
  t.equal(KEY_TO_BUTTON[normaliseKeyName('Left Shift')], 'SELECT');
  t.equal(KEY_TO_BUTTON.backspace, 'SELECT');
  t.equal(KEY_TO_BUTTON.z, 'B');
  t.equal(KEY_TO_BUTTON.x, 'A');
  t.equal(KEY_TO_BUTTON.return, 'START');
  t.equal(KEY_TO_ACTION.escape, 'quit');
  t.equal(KEY_TO_ACTION.f12, 'screenshot');
  t.equal(KEY_TO_ACTION.f5, 'reload');
});

t.test('input scripts: comments, blank lines, case-insensitive names', async t => {
  const events = parseInputScript('# start the game\n\n0 press start\n3 release START  # short tap\n10 Press a\n12 release A\n');
  t.same(events, [
    { frame: 0, button: 'START', pressed: true },
    { frame: 3, button: 'START', pressed: false },
    { frame: 10, button: 'A', pressed: true },
    { frame: 12, button: 'A', pressed: false },
  ]);
  t.same(parseInputScript(formatInputScript(events, 'recorded')), events, 'the writer round-trips');
});

t.test('input script errors name the file, the line and the valid choices', async t => {
  const err = (text: string) => {
    try {
      parseInputScript(text, 'game.input');
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };
  t.match(err('0 press TURBO'), /^game\.input:1: unknown button "TURBO" \(buttons: A B START SELECT UP DOWN LEFT RIGHT\)/);
  t.match(err('\n0 hold A'), /^game\.input:2: expected press or release, not "hold"/);
  t.match(err('x press A'), /frame must be a whole number/);
  t.match(err('5 press A\n2 release A'), /^game\.input:2: frames must not go backwards \(previous event at frame 5\)/);
  t.match(err('1 press A\n2 press A'), /A is already pressed/);
  t.match(err('1 press'), /expected "<frame> press\|release <BUTTON>"/);
});

t.test('the player hands out events when virtual time reaches their frame', async t => {
  const player = new InputScriptPlayer(parseInputScript('0 press A\n60 release A\n61 press B'));
  t.same(player.due(0), [{ kind: 'button', button: 'A', pressed: true }]);
  t.same(player.due(999), []);
  t.same(player.due(1000).map(e => e.kind === 'button' && e.button), ['A'], 'frame 60 starts at 1 s');
  t.notOk(player.finished);
  t.equal(player.lastFrame, 61);
  t.equal(player.due(5000).length, 1);
  t.ok(player.finished);
});

t.test('the recorder stamps frames and releases what is still held', async t => {
  const rec = new InputRecorder();
  rec.record(0, { kind: 'button', button: 'UP', pressed: true });
  rec.record(10, { kind: 'button', button: 'UP', pressed: true });
  rec.record(500, { kind: 'button', button: 'UP', pressed: false });
  rec.record(510, { kind: 'button', button: 'A', pressed: true });
  rec.record(520, { kind: 'action', action: 'screenshot' });
  t.equal(rec.finish(2000), '0 press UP\n30 release UP\n30 press A\n120 release A\n');
});
