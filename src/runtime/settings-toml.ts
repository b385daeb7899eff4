// settings.toml as CircuitPython reads it for os.getenv: top-level `key = value` lines whose
// values are double-quoted strings (with escapes) or integers; anything else is skipped.
export type SettingValue = string | number;

export function parseSettings(text: string): Map<string, SettingValue> {
  const out = new Map<string, SettingValue>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) break; // values in tables are not top-level settings
    const m = /^([A-Za-z0-9_]+)\s*=\s*(.+)$/.exec(line);
    if (!m) continue;
    const value = parseValue(m[2].trim());
    if (value !== undefined) out.set(m[1], value);
  }
  return out;
}

function parseValue(text: string): SettingValue | undefined {
  if (text.startsWith('"')) {
    let s = '';
    for (let i = 1; i < text.length; i++) {
      const c = text[i];
      if (c === '"') return s;
      if (c !== '\\') {
        s += c;
        continue;
      }
      const e = text[++i];
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', b: '\b', f: '\f' };
      if (e in simple) s += simple[e];
      else if (e === 'u' || e === 'U') {
        const n = e === 'u' ? 4 : 8;
        s += String.fromCodePoint(parseInt(text.slice(i + 1, i + 1 + n), 16));
        i += n;
      } else return undefined;
    }
    return undefined;
  }
  const body = text.replace(/\s*#.*$/, '');
  if (/^[+-]?(0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[0-9_]+)$/.test(body)) {
    const sign = body.startsWith('-') ? -1 : 1;
    const digits = body.replace(/^[+-]/, '').replace(/_/g, '');
    return sign * Number(digits);
  }
  return undefined;
}
