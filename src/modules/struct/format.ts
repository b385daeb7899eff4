// struct format strings: byte order, repeat counts, sizes and native alignment of each code.
export interface FieldSpec {
  code: string;
  /** Items this field packs ('s' and 'x' take one item per field, or none). */
  count: number;
  offset: number;
  size: number;
}

export interface ParsedFormat {
  little: boolean;
  fields: FieldSpec[];
  size: number;
  /** Values pack/unpack take. */
  items: number;
}

const SIZES: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 4 };

export class StructFormatError {
  constructor(readonly message: string) {}
}

export function parseFormat(fmt: string): ParsedFormat {
  let i = 0;
  let little = true;
  let native = true;
  const order = fmt[0];
  if (order === '<' || order === '>' || order === '!' || order === '=' || order === '@') {
    little = order === '<' || order === '=' || order === '@';
    native = order === '@';
    i = 1;
  }
  const fields: FieldSpec[] = [];
  let offset = 0, items = 0;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (ch === ' ' || ch === '\t' || ch === '\n') { i++; continue; }
    let count = 1, explicit = false;
    if (ch >= '0' && ch <= '9') {
      let n = 0;
      while (i < fmt.length && fmt[i] >= '0' && fmt[i] <= '9') n = n * 10 + (fmt.charCodeAt(i++) - 48);
      count = n;
      explicit = true;
    }
    const code = fmt[i++];
    if (code === undefined) throw new StructFormatError('bad char in struct format');
    const size = SIZES[code];
    if (size === undefined) throw new StructFormatError('bad char in struct format');
    if (native && size > 1 && code !== 's' && code !== 'p') offset = Math.ceil(offset / Math.min(size, 4)) * Math.min(size, 4);
    if (code === 's' || code === 'p') {
      fields.push({ code, count: explicit ? count : 1, offset, size: explicit ? count : 1 });
      offset += explicit ? count : 1;
      items++;
    } else if (code === 'x') {
      offset += count;
    } else {
      for (let k = 0; k < count; k++) {
        fields.push({ code, count: 1, offset, size });
        offset += size;
        items++;
      }
    }
  }
  return { little, fields, size: offset, items };
}
