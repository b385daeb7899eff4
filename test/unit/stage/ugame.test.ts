// What importing ugame does on each board: the display it hands over, board.DISPLAY released,
// the K_* bits of the board, and the speaker (muted until mute(False)).
import t from 'tap';
import { runStage } from './helpers';

/** A 16-bit mono WAV of `n` samples at 8 kHz. */
function wav(n: number): Uint8Array {
  const out = new Uint8Array(44 + 2 * n);
  const dv = new DataView(out.buffer);
  const tag = (o: number, s: string): void => { for (let i = 0; i < 4; i++) out[o + i] = s.charCodeAt(i); };
  tag(0, 'RIFF'); dv.setUint32(4, 36 + 2 * n, true); tag(8, 'WAVE');
  tag(12, 'fmt '); dv.setUint32(16, 16, true); dv.setUint16(20, 1, true); dv.setUint16(22, 1, true);
  dv.setUint32(24, 8000, true); dv.setUint32(28, 16000, true); dv.setUint16(32, 2, true); dv.setUint16(34, 16, true);
  tag(36, 'data'); dv.setUint32(40, 2 * n, true);
  for (let i = 0; i < n; i++) dv.setInt16(44 + 2 * i, (i % 20) < 10 ? 8000 : -8000, true);
  return out;
}

const PROGRAM = `import board
import ugame
d = ugame.display
print(d.width, d.height, d.auto_refresh)
print(hex(ugame.K_X), hex(ugame.K_O), hex(ugame.K_START), hex(ugame.K_SELECT))
print(hex(ugame.K_UP), hex(ugame.K_DOWN), hex(ugame.K_LEFT), hex(ugame.K_RIGHT))
ugame.audio.play(open("beep.wav", "rb"))
print(ugame.audio.audio.playing)
ugame.audio.mute(False)
ugame.audio.play(open("beep.wav", "rb"), loop=True)
print(ugame.audio.audio.playing)
ugame.audio.stop()
print(ugame.audio.audio.playing, ugame.buttons.get_pressed())
`;

t.test('pybadge', async (t) => {
  const r = runStage(PROGRAM, { 'beep.wav': wav(800) }, 'pybadge');
  t.equal(r.error, null, r.stdout);
  t.equal(r.stdout, '160 128 False\n0x2 0x1 0x4 0x8\n0x40 0x20 0x80 0x10\nFalse\nTrue\nFalse 0\n');
});

t.test('pygamer', async (t) => {
  const r = runStage(PROGRAM, { 'beep.wav': wav(800) }, 'pygamer');
  t.equal(r.error, null, r.stdout);
  t.equal(r.stdout, '160 128 False\n0x1 0x2 0x4 0x8\n0x80 0x10 0x20 0x40\nFalse\nTrue\nFalse 0\n');
});
