// Pixel-exact comparison of a frame with its golden PNG, and the diff picture a person looks at
// when they differ: unchanged pixels dimmed, changed ones magenta.
import { decodePNG, encodePNG } from '../../ports/backends/headless/png';

export interface Comparison {
  /** Pixels that differ (every pixel when the sizes differ). */
  differing: number;
  sizeMismatch: string | null;
  diffPNG: Buffer | null;
}

export function compareWithGolden(actualRGBA: Uint8Array, width: number, height: number, golden: Uint8Array): Comparison {
  const g = decodePNG(golden);
  if (g.width !== width || g.height !== height) {
    return { differing: width * height, sizeMismatch: `golden is ${g.width}×${g.height}, frame is ${width}×${height}`, diffPNG: null };
  }
  const diff = new Uint8Array(actualRGBA.length);
  let differing = 0;
  for (let i = 0; i < actualRGBA.length; i += 4) {
    const same = actualRGBA[i] === g.rgba[i] && actualRGBA[i + 1] === g.rgba[i + 1] && actualRGBA[i + 2] === g.rgba[i + 2];
    if (same) {
      diff[i] = actualRGBA[i] >> 2; diff[i + 1] = actualRGBA[i + 1] >> 2; diff[i + 2] = actualRGBA[i + 2] >> 2;
    } else {
      differing++;
      diff[i] = 255; diff[i + 1] = 0; diff[i + 2] = 255;
    }
    diff[i + 3] = 255;
  }
  return { differing, sizeMismatch: null, diffPNG: differing ? encodePNG(diff, width, height) : null };
}
