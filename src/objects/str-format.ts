// str.format and format_map: F's parser (format/format-string-parse.ts) splits the template;
// this file looks the fields up (args, keywords or mapping, .attr and [key]) and formats them.
import { PyValue } from './core';
import { newIndexError, newKeyError } from './exceptions';
import { FormatPart, parseFormatString } from './format/format-string-parse';
import { formatValue } from './format-value';
import { getAttr } from './attr';
import { getItem, repr, str } from './ops';
import { asciiRepr, flattened } from './str';
import { pyErr } from './format-bridge';

/** The positional arguments are args[first..end); kw is the **kwargs of format() or the mapping of format_map(). */
export function strFormat(
  fmt: string, args: PyValue[], first: number, end: number, kw: ReadonlyMap<string, PyValue> | PyValue,
): string {
  const parsed = parseFormatString(fmt);
  const out = render(parsed.parts, args, first, end, kw);
  if (parsed.error !== null) throw pyErr(parsed.error);
  return flattened(out);
}

function render(
  parts: FormatPart[], args: PyValue[], first: number, end: number, kw: ReadonlyMap<string, PyValue> | PyValue,
): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') { out += p; continue; }
    let v: PyValue;
    if (typeof p.arg === 'number') {
      if (p.arg >= end - first) throw newIndexError(`Replacement index ${p.arg} out of range for positional args tuple`);
      v = args[first + p.arg];
    } else if (kw instanceof Map) {
      const x = kw.get(p.arg);
      if (x === undefined) throw newKeyError(p.arg);
      v = x;
    } else {
      v = getItem(kw as PyValue, p.arg);
    }
    for (const a of p.accessors) v = a.kind === 'attr' ? getAttr(v, a.key as string) : getItem(v, a.key);
    if (p.conversion === 'r') v = repr(v);
    else if (p.conversion === 's') v = str(v);
    else if (p.conversion === 'a') v = asciiRepr(v);
    out += formatValue(v, render(p.spec, args, first, end, kw));
  }
  return out;
}
