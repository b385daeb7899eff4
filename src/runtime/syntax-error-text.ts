// How a syntax error reads, as CPython prints it: the file and line, the offending line, a caret
// under the place, then the message (the issue asks for CPython's form here, not the board's).
export interface SyntaxErrorInfo {
  type: string;
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  text: string;
  endOffset?: number;
}

export function syntaxErrorBlock(e: SyntaxErrorInfo): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  const line = e.text.replace(/[\r\n]+$/, '');
  if (line.trim() !== '') {
    const stripped = line.replace(/^[ \t\f]+/, '');
    const removed = line.length - stripped.length;
    const start = Math.max(0, e.offset - 1 - removed);
    const width = e.endOffset !== undefined && e.endOffset > e.offset ? e.endOffset - e.offset : 1;
    out += `    ${stripped}\n    ${' '.repeat(Math.min(start, stripped.length))}${'^'.repeat(Math.max(1, width))}\n`;
  }
  return `${out}${e.type}: ${e.msg}\n`;
}
