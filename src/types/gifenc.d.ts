// The part of gifenc's API cpygame uses (the package ships no types).
declare module 'gifenc' {
  export interface Encoder {
    writeFrame(index: Uint8Array, width: number, height: number, opts: { palette: number[][]; delay?: number; repeat?: number }): void;
    finish(): void;
    bytes(): Uint8Array;
  }
  export function GIFEncoder(): Encoder;
  export function quantize(rgba: Uint8Array, maxColors: number): number[][];
  export function applyPalette(rgba: Uint8Array, palette: number[][]): Uint8Array;
}
