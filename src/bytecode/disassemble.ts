// Human-readable listing of a code object and the code objects nested in its constants
// (`cpygame dis`), in the spirit of `python3 -m dis`: line, offset, opcode, operand, meaning.

import { CodeObject } from './code-object';
import { lineForOffset } from './line-table';
import { BINOP_INPLACE, BINOP_NAMES, CMP_NAMES, OPCODES } from './opcodes';

/** How a constant is shown; the VM side passes repr() so the listing reads as Python. */
export type ConstFormatter = (value: unknown) => string;

function defaultFormat(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof CodeObject) return `<code object ${v.name}>`;
  if (Array.isArray(v)) return `(${v.map(defaultFormat).join(', ')})`;
  if (typeof v === 'object' && v !== null && 'value' in v) return String((v as { value: unknown }).value);
  if (typeof v === 'object' && v !== null && 'name' in v) return String((v as { name: unknown }).name);
  return String(v);
}

/** One instruction as text, e.g. `LOAD_GLOBAL print`. */
export function formatInstruction(code: CodeObject, offset: number, fmt: ConstFormatter = defaultFormat): string {
  const op = code.code[offset];
  const info = OPCODES[op];
  const parts: string[] = [];
  info.operands.forEach((kind, i) => {
    const v = code.code[offset + 1 + i];
    switch (kind) {
      case 'arg': parts.push(String(v)); break;
      case 'const': parts.push(`${v} (${fmt(code.consts[v])})`); break;
      case 'name': parts.push(`${v} (${code.names[v]})`); break;
      case 'local': parts.push(`${v} (${code.varnames[v]})`); break;
      case 'cell': parts.push(`${v} (${v < code.cellvars.length ? code.cellvars[v] : code.freevars[v - code.cellvars.length]})`); break;
      case 'jump': parts.push(`to ${v}`); break;
      case 'cache': break;
      case 'binop': parts.push(`${v} (${BINOP_NAMES[v % BINOP_INPLACE]}${v >= BINOP_INPLACE ? '=' : ''})`); break;
      case 'cmp': parts.push(`${v} (${CMP_NAMES[v]})`); break;
      default: { const never: never = kind; parts.push(String(never)); }
    }
  });
  return parts.length ? `${info.name} ${parts.join(' ')}` : info.name;
}

/** The listing of one code object (not recursing). */
export function disassembleOne(code: CodeObject, fmt: ConstFormatter = defaultFormat): string {
  const out: string[] = [];
  let lastLine = -1;
  const targets = new Set<number>();
  for (let ip = 0; ip < code.code.length; ip += 1 + OPCODES[code.code[ip]].operands.length) {
    OPCODES[code.code[ip]].operands.forEach((k, i) => { if (k === 'jump') targets.add(code.code[ip + 1 + i]); });
  }
  for (let i = 0; i < code.exceptionTable.length; i += 4) targets.add(code.exceptionTable[i + 2]);
  for (let ip = 0; ip < code.code.length; ip += 1 + OPCODES[code.code[ip]].operands.length) {
    const line = lineForOffset(code.lineTable, ip);
    const lineCol = line !== lastLine ? String(line).padStart(4) : '    ';
    if (line !== lastLine && lastLine !== -1) out.push('');
    lastLine = line;
    const mark = targets.has(ip) ? '>>' : '  ';
    out.push(`${lineCol} ${mark} ${String(ip).padStart(4)} ${formatInstruction(code, ip, fmt)}`);
  }
  if (code.exceptionTable.length) {
    out.push('ExceptionTable:');
    for (let i = 0; i < code.exceptionTable.length; i += 4) {
      const t = code.exceptionTable;
      out.push(`  ${t[i]} to ${t[i + 1]} -> ${t[i + 2]} [${t[i + 3]}]`);
    }
  }
  return out.join('\n');
}

/** The listing of a code object and, after it, every code object nested in its constants. */
export function disassemble(code: CodeObject, fmt: ConstFormatter = defaultFormat): string {
  const parts = [disassembleOne(code, fmt)];
  for (const c of code.consts) {
    if (c instanceof CodeObject) {
      parts.push(`\nDisassembly of <code object ${c.name}, line ${c.firstLineNo}>:\n${disassemble(c, fmt)}`);
    }
  }
  return parts.join('\n');
}
