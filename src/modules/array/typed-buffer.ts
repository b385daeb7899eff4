// The storage of an array.array: items of one typecode packed little-endian in a growable byte
// buffer, as on the board (32-bit ARM: i/I/l/L are 4 bytes). Stores wrap silently like
// CircuitPython's array (no OverflowError). Plain TS: numbers and bigints in and out.

export const ITEM_SIZES: Record<string, number> = { b: 1, B: 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, f: 4, d: 8 };

export type Item = number | bigint;

export class TypedBuffer {
  readonly size: number;
  private bytes: Uint8Array;
  private view: DataView;
  length = 0;

  constructor(readonly typecode: string, capacity = 0) {
    this.size = ITEM_SIZES[typecode];
    this.bytes = new Uint8Array(Math.max(capacity, 4) * this.size);
    this.view = new DataView(this.bytes.buffer);
  }

  get isFloat(): boolean { return this.typecode === 'f' || this.typecode === 'd'; }

  /** The live bytes of the items (writes through it change the array). */
  data(): Uint8Array { return this.bytes.subarray(0, this.length * this.size); }

  private reserve(n: number): void {
    const need = n * this.size;
    if (need <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
    grown.set(this.bytes);
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }

  get(i: number): Item {
    const at = i * this.size, v = this.view;
    switch (this.typecode) {
      case 'b': return v.getInt8(at);
      case 'B': return v.getUint8(at);
      case 'h': return v.getInt16(at, true);
      case 'H': return v.getUint16(at, true);
      case 'i': case 'l': return v.getInt32(at, true);
      case 'I': case 'L': return v.getUint32(at, true);
      case 'f': return v.getFloat32(at, true);
      case 'd': return v.getFloat64(at, true);
      case 'q': return normal(v.getBigInt64(at, true));
      default: return normal(v.getBigUint64(at, true));
    }
  }

  set(i: number, x: Item): void {
    const at = i * this.size, v = this.view;
    if (this.typecode === 'f') { v.setFloat32(at, Number(x), true); return; }
    if (this.typecode === 'd') { v.setFloat64(at, Number(x), true); return; }
    const n = typeof x === 'bigint' ? x : BigInt(Math.trunc(x));
    const bits = BigInt.asUintN(this.size * 8, n);
    for (let b = 0; b < this.size; b++) this.bytes[at + b] = Number((bits >> BigInt(8 * b)) & 0xffn);
  }

  push(x: Item): void {
    this.reserve(this.length + 1);
    this.set(this.length++, x);
  }

  /** Appends raw bytes (a whole number of items). */
  pushBytes(src: Uint8Array): void {
    const n = Math.floor(src.length / this.size);
    this.reserve(this.length + n);
    this.bytes.set(src.subarray(0, n * this.size), this.length * this.size);
    this.length += n;
  }

  /** Replaces items [start, stop) by the given ones (lengths may differ). */
  splice(start: number, stop: number, items: Item[]): void {
    const tail = this.bytes.slice(stop * this.size, this.length * this.size);
    const newLen = start + items.length + (this.length - stop);
    this.reserve(newLen);
    items.forEach((x, k) => this.set(start + k, x));
    this.bytes.set(tail, (start + items.length) * this.size);
    this.length = newLen;
  }
}

function normal(n: bigint): Item {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}
