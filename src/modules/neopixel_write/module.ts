// neopixel_write(digitalinout, buf): sends a strip's bytes out of a pin. The bytes last sent on
// each pin are kept per Runtime; ledColors(rt) decodes the board's own LEDs (board.json
// "neopixels": pin, count, order) for a backend to draw.
import { PyValue, bytesLike, defineFunction, newTypeError, typeName } from '../../objects';
import type { PinState } from '../../runtime/board-hardware';
import type { Runtime } from '../../runtime/runtime';
import type { NativeModule } from '../module-def';

const sent = new WeakMap<Runtime, Map<PinState, Uint8Array>>();

function sentOn(rt: Runtime): Map<PinState, Uint8Array> {
  let m = sent.get(rt);
  if (m === undefined) {
    m = new Map();
    sent.set(rt, m);
  }
  return m;
}

/** The pin state behind a digitalio.DigitalInOut (its binding keeps the claimed pin in `pin`). */
function pinOf(v: PyValue): PinState | null {
  const pin = (v as unknown as { pin?: { state?: PinState } | null }).pin;
  return pin && pin.state ? pin.state : null;
}

/** [r, g, b] of each of the board's NeoPixels as last written (all off before any write). */
export function ledColors(rt: Runtime): [number, number, number][] {
  const np = rt.board.neopixels;
  if (!np) return [];
  const data = sentOn(rt).get(rt.hardware.pin(np.pin));
  const order = np.order;
  const bpp = order.length;
  const out: [number, number, number][] = [];
  for (let i = 0; i < np.count; i++) {
    const px = data?.subarray(i * bpp, i * bpp + bpp);
    const ch = (c: string) => (px && px.length === bpp ? px[order.indexOf(c)] : 0);
    out.push([ch('R'), ch('G'), ch('B')]);
  }
  return out;
}

/** Forgets what the program sent (the board turns its NeoPixels off when code.py ends). */
export function clearLeds(rt: Runtime): void {
  sentOn(rt).clear();
}

export const neopixelWriteModule: NativeModule = {
  name: 'neopixel_write',
  build(rt: Runtime) {
    return {
      neopixel_write: defineFunction('neopixel_write(digitalinout, buf, /)', (dio: PyValue, buf: PyValue) => {
        const pin = pinOf(dio);
        if (pin === null) throw newTypeError(`digitalinout must be of type DigitalInOut, not ${typeName(dio)}`);
        const data = bytesLike(buf);
        if (data === undefined) throw newTypeError('object with buffer protocol required');
        sentOn(rt).set(pin, data.slice());
      }),
    };
  },
};
