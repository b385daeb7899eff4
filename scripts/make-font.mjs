// Converts Terminus ter-u12n (PCF, from Debian's xfonts-terminus) into assets/fonts/terminus-6x12.json:
// the 95 printable ASCII glyphs laid out as CircuitPython's built-in font, one 570×12 1-bit strip.
// Usage: node scripts/make-font.mjs path/to/ter-u12n_unicode.pcf.gz
// (apt-get download xfonts-terminus && dpkg-deb -x xfonts-terminus_*.deb x; the file is under
// x/usr/share/fonts/X11/misc/)
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const CELL_W = 6, CELL_H = 12, BASELINE = 10;
const FIRST = 0x20, LAST = 0x7e;

const src = process.argv[2];
if (!src) {
  console.error('usage: node scripts/make-font.mjs ter-u12n_unicode.pcf.gz');
  process.exit(2);
}
let data = readFileSync(src);
if (data[0] === 0x1f && data[1] === 0x8b) data = gunzipSync(data);
if (data.toString('latin1', 0, 4) !== '\x01fcp') throw new Error('not a PCF file');

const tables = new Map();
const count = data.readInt32LE(4);
for (let i = 0; i < count; i++) {
  const o = 8 + i * 16;
  tables.set(data.readInt32LE(o), { format: data.readInt32LE(o + 4), offset: data.readInt32LE(o + 12) });
}

// Every table repeats its format word; bit 2 says big-endian for the rest of the table.
function reader(type) {
  const t = tables.get(type);
  if (!t) throw new Error(`PCF table ${type} missing`);
  const format = data.readInt32LE(t.offset);
  const be = (format & 4) !== 0;
  let pos = t.offset + 4;
  return {
    format,
    i16() { const v = be ? data.readInt16BE(pos) : data.readInt16LE(pos); pos += 2; return v; },
    u16() { const v = be ? data.readUInt16BE(pos) : data.readUInt16LE(pos); pos += 2; return v; },
    i32() { const v = be ? data.readInt32BE(pos) : data.readInt32LE(pos); pos += 4; return v; },
    u8() { return data[pos++]; },
    get pos() { return pos; },
  };
}

const METRICS = 1 << 2, BITMAPS = 1 << 3, ENCODINGS = 1 << 5;

const m = reader(METRICS);
const metrics = [];
if (m.format & 0x100) {
  const n = m.i16();
  for (let i = 0; i < n; i++) {
    const [lsb, , width, ascent, descent] = [m.u8(), m.u8(), m.u8(), m.u8(), m.u8()].map(v => v - 0x80);
    metrics.push({ lsb, width, ascent, descent });
  }
} else {
  const n = m.i32();
  for (let i = 0; i < n; i++) {
    const [lsb, , width, ascent, descent] = [m.i16(), m.i16(), m.i16(), m.i16(), m.i16()];
    m.u16();
    metrics.push({ lsb, width, ascent, descent });
  }
}

const b = reader(BITMAPS);
const glyphCount = b.i32();
const offsets = [];
for (let i = 0; i < glyphCount; i++) offsets.push(b.i32());
for (let i = 0; i < 4; i++) b.i32();
const bitmapStart = b.pos;
const pad = 1 << (b.format & 3);
const msbFirst = (b.format & 8) !== 0;

const e = reader(ENCODINGS);
const min2 = e.i16(), max2 = e.i16(), min1 = e.i16();
e.i16(); e.i16();
const perRow = max2 - min2 + 1;
const encIndex = [];
for (let i = 0; i < perRow * 2; i++) encIndex.push(e.u16());
function glyphFor(cp) {
  const idx = encIndex[((cp >> 8) - min1) * perRow + ((cp & 0xff) - min2)];
  if (idx === undefined || idx === 0xffff) throw new Error(`no glyph for U+${cp.toString(16)}`);
  return idx;
}

const width = (LAST - FIRST + 1) * CELL_W;
const rowBytes = Math.ceil(width / 32) * 4;
const strip = Buffer.alloc(rowBytes * CELL_H);
for (let cp = FIRST; cp <= LAST; cp++) {
  const g = glyphFor(cp);
  const { lsb, width: gw, ascent, descent } = metrics[g];
  const stride = Math.ceil(Math.ceil(gw / 8) / pad) * pad;
  for (let r = 0; r < ascent + descent; r++) {
    for (let c = 0; c < gw; c++) {
      const byte = data[bitmapStart + offsets[g] + r * stride + (c >> 3)];
      const on = msbFirst ? (byte >> (7 - (c & 7))) & 1 : (byte >> (c & 7)) & 1;
      const x = (cp - FIRST) * CELL_W + lsb + c, y = BASELINE - ascent + r;
      if (!on || x < (cp - FIRST) * CELL_W || y < 0 || y >= CELL_H) continue;
      strip[y * rowBytes + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
}

const rows = [];
for (let y = 0; y < CELL_H; y++) rows.push(strip.subarray(y * rowBytes, (y + 1) * rowBytes).toString('hex'));
const out = {
  source: 'Terminus Font 4.48, ter-u12n (Debian xfonts-terminus), SIL Open Font License 1.1',
  cellWidth: CELL_W,
  cellHeight: CELL_H,
  firstCodepoint: FIRST,
  glyphCount: LAST - FIRST + 1,
  bitmapWidth: width,
  // One hex string per pixel row: 1 bit per pixel, leftmost pixel in the most significant bit,
  // rows padded to 32-bit words as displayio.Bitmap stores them.
  rows,
};
writeFileSync(new URL('../assets/fonts/terminus-6x12.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${out.glyphCount} glyphs, ${width}x${CELL_H}`);
