// Test helpers: run Python on a fresh headless board (either one) with extra files on its drive,
// and write small BMP files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBoard } from '../../../ports/board';
import { HeadlessPanel } from '../../../ports/backends/headless/panel';
import { PyBaseException } from '../../../src/objects';
import { createProgramVM } from '../../../src/runtime/program';
import { Runtime } from '../../../src/runtime/runtime';
import { runMain } from '../../../src/vm/run';
import { formatException } from '../../../src/vm/traceback';

export interface StageRun {
  stdout: string;
  error: string | null;
  rt: Runtime;
  panel: HeadlessPanel;
}

export function runStage(source: string, files: Record<string, Uint8Array | string> = {}, board = 'pybadge'): StageRun {
  const driveDir = mkdtempSync(join(tmpdir(), 'cpygame-stage-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(driveDir, name), data);
  const def = loadBoard(board);
  const panel = new HeadlessPanel(def.display.width, def.display.height);
  let stdout = '';
  const rt = new Runtime({
    driveDir, board: def, panel, virtualTime: true, writable: true, nvmFile: null,
    stdout: (s) => { stdout += s; }, stderr: (s) => { stdout += s; },
  });
  rt.consoleOnScreen = false;
  const st = createProgramVM(rt);
  let error: string | null = null;
  try {
    runMain(st, source, 'code.py');
  } catch (e) {
    if (e instanceof PyBaseException) error = formatException(e);
    else throw e;
  }
  return { stdout, error, rt, panel };
}

/**
 * A bottom-up BMP of `bpp` bits per pixel (4 or 8) with `colors` palette entries (RGB888) and
 * pixel values from `pixel(x, y)`.
 */
export function makeBMP(width: number, height: number, bpp: 4 | 8, colors: number[], pixel: (x: number, y: number) => number, declaredColors = colors.length): Uint8Array {
  const rowBytes = Math.ceil((width * bpp) / 32) * 4;
  const paletteBytes = colors.length * 4;
  const offset = 54 + paletteBytes;
  const size = offset + rowBytes * height;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  out[0] = 0x42; out[1] = 0x4d;
  dv.setUint32(2, size, true);
  dv.setUint32(10, offset, true);
  dv.setUint32(14, 40, true);
  dv.setInt32(18, width, true);
  dv.setInt32(22, height, true);
  dv.setUint16(26, 1, true);
  dv.setUint16(28, bpp, true);
  dv.setUint32(34, rowBytes * height, true);
  dv.setUint32(46, declaredColors, true);
  colors.forEach((c, i) => {
    out[54 + 4 * i] = c & 0xff;
    out[55 + 4 * i] = (c >> 8) & 0xff;
    out[56 + 4 * i] = (c >> 16) & 0xff;
  });
  for (let y = 0; y < height; y++) {
    const row = offset + (height - 1 - y) * rowBytes;
    for (let x = 0; x < width; x++) {
      const v = pixel(x, y);
      if (bpp === 8) out[row + x] = v;
      else out[row + (x >> 1)] |= x & 1 ? v : v << 4;
    }
  }
  return out;
}

/** The 16-colour test bank: tile t is a frame of colour t with a diagonal and a corner mark. */
export function testBank(): Uint8Array {
  const colors = [0xff00ff, 0x000000, 0xffffff, 0xff0000, 0x00ff00, 0x0000ff, 0xffff00, 0x00ffff,
    0xff8000, 0x808080, 0x800000, 0x008000, 0x000080, 0x808000, 0x800080, 0x008080];
  return makeBMP(16, 256, 4, colors, (x, y) => {
    const t = y >> 4, ty = y & 15;
    if (t === 0) return 0;
    if (x === 0 || ty === 0 || x === 15 || ty === 15) return t;
    if (x === ty) return 2;
    if (x < 4 && ty < 4) return 3;
    if ((x + ty) % 7 === 0) return 0;
    return t === 1 ? 5 : 1;
  });
}
