// displayio.Bitmap: a 2-D array of small unsigned values packed into 32-bit-word rows, laid out
// exactly as CircuitPython's storage so memoryview and arrayblit see the same bytes.
// reference: displayio-objects.md, Bitmap.
import { Area } from './area';
import { fail } from './errors';

/** value_count → bits per value: double while below 8, then add 8. */
export function bitsForValueCount(valueCount: number): number {
  let bits = 1;
  while ((valueCount - 1) >> bits) bits = bits < 8 ? bits * 2 : bits + 8;
  return bits;
}

export class Bitmap {
  readonly bitsPerValue: number;
  /** Row stride in 32-bit words. */
  readonly strideWords: number;
  readonly words: Uint32Array;
  readonly bytes: Uint8Array;
  readonly halfs: Uint16Array;
  readonly maxValue: number;
  readOnly = false;
  /** Changed area in bitmap coordinates since the last refresh. */
  readonly dirtyArea = new Area();

  constructor(readonly width: number, readonly height: number, bitsPerValue: number, data?: Uint32Array) {
    this.bitsPerValue = bitsPerValue;
    this.strideWords = Math.ceil((width * bitsPerValue) / 32);
    this.words = data ?? new Uint32Array(this.strideWords * height);
    this.bytes = new Uint8Array(this.words.buffer, this.words.byteOffset, this.words.byteLength);
    this.halfs = new Uint16Array(this.words.buffer, this.words.byteOffset, this.words.byteLength >> 1);
    this.maxValue = bitsPerValue >= 32 ? 0xffffffff : (1 << bitsPerValue) - 1;
  }

  static fromValueCount(width: number, height: number, valueCount: number): Bitmap {
    return new Bitmap(width, height, bitsForValueCount(valueCount));
  }

  /** Value at (x, y); 0 outside the bitmap, as the compositor expects. */
  getPixel(x: number, y: number): number {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return 0;
    const bpv = this.bitsPerValue;
    const rowByte = y * this.strideWords * 4;
    switch (bpv) {
      case 8: return this.bytes[rowByte + x];
      case 16: return this.halfs[(rowByte >> 1) + x];
      case 32: return this.words[(rowByte >> 2) + x];
      case 24: {
        const i = rowByte + x * 3;
        return this.bytes[i] | (this.bytes[i + 1] << 8) | (this.bytes[i + 2] << 16);
      }
      default: {
        const bit = x * bpv;
        return (this.bytes[rowByte + (bit >> 3)] >> (8 - bpv - (bit & 7))) & this.maxValue;
      }
    }
  }

  /** Stores without dirty tracking or checks; callers mark the changed area themselves. */
  setPixelRaw(x: number, y: number, v: number): void {
    const bpv = this.bitsPerValue;
    const rowByte = y * this.strideWords * 4;
    switch (bpv) {
      case 8: this.bytes[rowByte + x] = v; return;
      case 16: this.halfs[(rowByte >> 1) + x] = v; return;
      case 32: this.words[(rowByte >> 2) + x] = v; return;
      case 24: {
        const i = rowByte + x * 3;
        this.bytes[i] = v; this.bytes[i + 1] = v >> 8; this.bytes[i + 2] = v >> 16;
        return;
      }
      default: {
        const bit = x * bpv;
        const i = rowByte + (bit >> 3);
        const shift = 8 - bpv - (bit & 7);
        this.bytes[i] = (this.bytes[i] & ~(this.maxValue << shift)) | ((v & this.maxValue) << shift);
      }
    }
  }

  private checkWritable(): void {
    if (this.readOnly) fail('RuntimeError', 'Read-only');
  }

  setPixel(x: number, y: number, v: number): void {
    this.checkWritable();
    this.setPixelRaw(x, y, v);
    this.markDirty(x, y, x + 1, y + 1);
  }

  fill(v: number): void {
    this.checkWritable();
    if (this.bitsPerValue >= 32) {
      this.words.fill(v >>> 0);
    } else {
      let word = 0;
      for (let i = 0; i < 32; i += this.bitsPerValue) word = (word << this.bitsPerValue) | v;
      if (this.bitsPerValue < 8) {
        // Packed bytes are MSB-first; repeating one byte keeps that order in every word.
        this.bytes.fill(word & 0xff);
      } else if (this.bitsPerValue === 8) {
        this.bytes.fill(v);
      } else {
        this.halfs.fill(v);
      }
    }
    this.markDirty(0, 0, this.width, this.height);
  }

  /** Bitmap.dirty(): normalise, union, clip (x2/y2 of -1 mean the full size). */
  dirty(x1 = 0, y1 = 0, x2 = -1, y2 = -1): void {
    this.checkWritable();
    if (x2 === -1) x2 = this.width;
    if (y2 === -1) y2 = this.height;
    const a = new Area(x1, y1, x2, y2).normalize();
    this.markDirty(a.x1, a.y1, a.x2, a.y2);
  }

  /** Unions a rectangle into the dirty area, clipped to the bitmap. */
  markDirty(x1: number, y1: number, x2: number, y2: number): void {
    const a = new Area(x1, y1, x2, y2);
    if (!a.intersectWith(new Area(0, 0, this.width, this.height))) return;
    this.dirtyArea.unionWith(a);
  }

  hasChanges(): boolean {
    return !this.dirtyArea.empty;
  }

  finishRefresh(): void {
    this.dirtyArea.set(0, 0, 0, 0);
  }
}
