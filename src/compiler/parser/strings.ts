// A run of adjacent STRING tokens → one Constant (str or bytes) or, if any is an f-string, one
// JoinedStr, with CPython 3.11's positions: every piece carries the whole run's span.
import type * as ast from '../ast';
import { FPart, parseFStringToken } from '../fstring';
import { T, Token } from '../tokens';
import type { Parser } from './parser';
import { decodeBytes, decodeStr, LiteralError, splitStringToken } from './literals';

export function parseStrings(p: Parser): ast.Expr {
  const first = p.tok;
  const toks: Token[] = [];
  while (p.tok.type === T.STRING) toks.push(p.advance());
  const last = toks[toks.length - 1];
  const group: ast.Pos = { lineno: first.line, col_offset: first.col, end_lineno: last.endLine, end_col_offset: last.endCol };
  const firstPrefix = splitStringToken(first.value).prefix;
  // CPython marks only a lower-case `u` prefix.
  const kind_ = first.value.startsWith('u') ? 'u' : null;
  const isBytes = firstPrefix.indexOf('b') >= 0;
  let hasF = false;
  for (const t of toks) {
    const prefix = splitStringToken(t.value).prefix;
    if ((prefix.indexOf('b') >= 0) !== isBytes) p.error('cannot mix bytes and nonbytes literals', last.endLine, last.endCol, last.endLine, last.endCol);
    if (prefix.indexOf('f') >= 0) hasF = true;
  }
  if (isBytes) return bytesConstant(p, toks, group);

  const join = (parts: FPart[], pos: ast.Pos): ast.Expr[] => {
    const out: ast.Expr[] = [];
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      if (text !== '') out.push({ kind: 'Constant', value: { type: 'str', value: text }, kind_, ...pos });
      text = '';
      out.push(part);
    }
    if (text !== '') out.push({ kind: 'Constant', value: { type: 'str', value: text }, kind_, ...pos });
    return out;
  };

  if (!hasF) {
    let value = '';
    for (const t of toks) value += stringBody(p, t);
    return { kind: 'Constant', value: { type: 'str', value }, kind_, ...group };
  }
  const parts: FPart[] = [];
  for (const tok of toks) {
    if (splitStringToken(tok.value).prefix.indexOf('f') >= 0) parts.push(...parseFStringToken({ p, tok, group, join }));
    else parts.push(stringBody(p, tok));
  }
  return { kind: 'JoinedStr', values: join(parts, group), ...group };
}

function stringBody(p: Parser, t: Token): string {
  const { prefix, body } = splitStringToken(t.value);
  if (prefix.indexOf('r') >= 0) return body;
  try {
    return decodeStr(body);
  } catch (e) {
    if (e instanceof LiteralError) p.error(e.msg, t.endLine, t.endCol, t.endLine, t.endCol);
    throw e;
  }
}

function bytesConstant(p: Parser, toks: Token[], group: ast.Pos): ast.Constant {
  const chunks: Uint8Array[] = [];
  for (const t of toks) {
    const { prefix, body } = splitStringToken(t.value);
    let bytes: Uint8Array | undefined;
    try {
      bytes = decodeBytes(body, prefix.indexOf('r') >= 0);
    } catch (e) {
      if (e instanceof LiteralError) p.error(e.msg, t.endLine, t.endCol, t.endLine, t.endCol);
      throw e;
    }
    if (bytes === undefined) p.error('bytes can only contain ASCII literal characters', t.line, t.col, t.endLine, t.endCol);
    chunks.push(bytes);
  }
  let length = 0;
  for (const c of chunks) length += c.length;
  const value = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    value.set(c, at);
    at += c.length;
  }
  return { kind: 'Constant', value: { type: 'bytes', value }, kind_: null, ...group };
}
