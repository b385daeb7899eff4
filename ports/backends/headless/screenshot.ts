// Screenshots of a panel: RGB565 expanded by bit replication, integer nearest-neighbour zoom.
import { encodePNG } from './png';
import { rgb565ToRGBA } from './panel';

export function screenshotPNG(pixels: Uint16Array, width: number, height: number, scale = 1): Buffer {
  return encodePNG(rgb565ToRGBA(pixels), width, height, Math.max(1, Math.floor(scale)));
}
