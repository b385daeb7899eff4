// What the window shows at 1×: the panel, and under it a strip with the NeoPixels as five round
// lights. The whole picture is then scaled by an integer factor with nearest-neighbour sampling.

export const STRIP_HEIGHT = 16;
const LIGHT_DIAMETER = 10;
const STRIP_BACKGROUND = 0x18c3; // dark grey, like the board's black PCB under a lit room
const LIGHT_OFF = 0x39e7;

export function rgb888To565(c: number): number {
  return (((c >> 19) & 0x1f) << 11) | (((c >> 10) & 0x3f) << 5) | ((c >> 3) & 0x1f);
}

/** Fills `out` (width × (height + STRIP_HEIGHT)) with the panel and the lights. */
export function composeWindowFrame(panel: Uint16Array, width: number, height: number,
  leds: readonly number[], out: Uint16Array): void {
  out.set(panel.subarray(0, width * height));
  out.fill(STRIP_BACKGROUND, width * height);
  const r = LIGHT_DIAMETER / 2;
  const cy = height + STRIP_HEIGHT / 2;
  leds.forEach((colour, i) => {
    const cx = ((i + 0.5) * width) / leds.length;
    const fill = colour === 0 ? LIGHT_OFF : rgb888To565(colour);
    for (let y = Math.floor(cy - r); y < cy + r; y++) {
      for (let x = Math.floor(cx - r); x < cx + r; x++) {
        const dx = x + 0.5 - cx, dy = y + 0.5 - cy;
        if (dx * dx + dy * dy <= r * r) out[y * width + x] = fill;
      }
    }
  });
}

/** RGB565 → RGB24 bytes with bit replication: the same colours as cpygame's PNG screenshots
 *  (SDL's own 565 conversion rounds some levels one lower). */
export function expandToRgb24(pixels: Uint16Array, out: Uint8Array): void {
  for (let i = 0, o = 0; i < pixels.length; i++, o += 3) {
    const p = pixels[i];
    const r = p >> 11, g = (p >> 5) & 0x3f, b = p & 0x1f;
    out[o] = (r << 3) | (r >> 2);
    out[o + 1] = (g << 2) | (g >> 4);
    out[o + 2] = (b << 3) | (b >> 2);
  }
}

/** The largest integer scale of a w × h picture inside the window, centred. */
export function fitInteger(w: number, h: number, windowW: number, windowH: number) {
  const scale = Math.max(1, Math.min(Math.floor(windowW / w), Math.floor(windowH / h)));
  return { x: (windowW - w * scale) >> 1, y: (windowH - h * scale) >> 1, width: w * scale, height: h * scale };
}
