// Prints an AST exactly as CPython 3.11's `ast.dump(tree, include_attributes=True)` does, so our
// trees can be compared with CPython's as text (tests, and a future `cpygame ast` command).
import type * as ast from './ast';

/** Field order of each node kind, as in CPython's `_fields`. */
const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'], Expression: ['body'], Interactive: ['body'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value'], Delete: ['targets'], Assign: ['targets', 'value', 'type_comment'],
  AugAssign: ['target', 'op', 'value'], AnnAssign: ['target', 'annotation', 'value', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment'], AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment'],
  While: ['test', 'body', 'orelse'], If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment'], AsyncWith: ['items', 'body', 'type_comment'],
  Raise: ['exc', 'cause'], Try: ['body', 'handlers', 'orelse', 'finalbody'], TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg'], Import: ['names'], ImportFrom: ['module', 'names', 'level'],
  Global: ['names'], Nonlocal: ['names'], Expr: ['value'], Pass: [], Break: [], Continue: [],
  BoolOp: ['op', 'values'], NamedExpr: ['target', 'value'], BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'], Lambda: ['args', 'body'], IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'], Set: ['elts'], ListComp: ['elt', 'generators'], SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'], GeneratorExp: ['elt', 'generators'], Await: ['value'],
  Yield: ['value'], YieldFrom: ['value'], Compare: ['left', 'ops', 'comparators'], Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec'], JoinedStr: ['values'], Constant: ['value', 'kind'],
  Attribute: ['value', 'attr', 'ctx'], Subscript: ['value', 'slice', 'ctx'], Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'], List: ['elts', 'ctx'], Tuple: ['elts', 'ctx'], Slice: ['lower', 'upper', 'step'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'], ExceptHandler: ['type', 'name', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
  arg: ['arg', 'annotation', 'type_comment'], keyword: ['arg', 'value'], alias: ['name', 'asname'],
  withitem: ['context_expr', 'optional_vars'],
};
/** Fields holding an operator or context, printed as `Add()`. */
const ENUM_FIELDS = new Set(['op', 'ctx']);
const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function dumpAst(node: ast.Node): string {
  return dumpNode(node as unknown as Record<string, unknown>);
}

function dumpNode(node: Record<string, unknown>): string {
  const kind = node.kind as string;
  const parts: string[] = [];
  for (const field of FIELDS[kind]) {
    const value = node[field === 'kind' ? 'kind_' : field];
    if (value === null) continue;  // an absent optional field
    parts.push(`${field}=${dumpField(kind, field, value)}`);
  }
  if ('lineno' in node) for (const a of ATTRIBUTES) parts.push(`${a}=${node[a] as number}`);
  return `${kind}(${parts.join(', ')})`;
}

function dumpField(kind: string, field: string, value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((v) => v === null ? 'None' : dumpField(kind, field, v)).join(', ')}]`;
  }
  if (kind === 'Constant' && field === 'value') return reprConstant(value as ast.ConstantValue);
  if (typeof value === 'string') return ENUM_FIELDS.has(field) || (kind === 'Compare' && field === 'ops') ? `${value}()` : reprStr(value);
  if (typeof value === 'number') return String(value);
  return dumpNode(value as Record<string, unknown>);
}

export function reprConstant(v: ast.ConstantValue): string {
  switch (v.type) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return v.value ? 'True' : 'False';
    case 'int': return String(v.value);
    case 'float': return reprFloat(v.value);
    case 'complex': {
      const r = reprFloat(v.imag);
      return `${r.endsWith('.0') ? r.slice(0, -2) : r}j`;
    }
    case 'str': return reprStr(v.value);
    case 'bytes': return reprBytes(v.value);
    default: {
      const never: never = v;
      return never;
    }
  }
}

/** Python's float repr: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
export function reprFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expText] = x.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const s = String(x);
  return s.includes('.') ? s : `${s}.0`;
}

export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      out += c < 0x100 ? `\\x${hex(c, 2)}` : c < 0x10000 ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
    } else out += ch;
  }
  return out + quote;
}

function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 32 || c >= 127) out += `\\x${hex(c, 2)}`;
    else out += ch;
  }
  return out + quote;
}

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, '0');
}
