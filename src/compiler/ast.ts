// The abstract syntax tree: the node shapes of CPython 3.11's `ast` module, same node and field
// names, each node a plain object with a `kind` discriminant. Absent optional fields are `null`
// (CPython's None). Positions: lines 1-based, columns 0-based code-point offsets.

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOperator = 'And' | 'Or';
export type Operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export type ConstantValue =
  | { type: 'None' } | { type: 'Ellipsis' } | { type: 'bool'; value: boolean }
  | { type: 'int'; value: number | bigint }   // bigint only outside ±(2**53-1)
  | { type: 'float'; value: number } | { type: 'complex'; imag: number }
  | { type: 'str'; value: string } | { type: 'bytes'; value: Uint8Array };

// ---- modules -------------------------------------------------------------------------------

export interface Module { kind: 'Module'; body: Stmt[]; type_ignores: never[] }
export interface Expression { kind: 'Expression'; body: Expr }
export interface Interactive { kind: 'Interactive'; body: Stmt[] }
export type Mod = Module | Expression | Interactive;

// ---- statements ----------------------------------------------------------------------------

export interface FunctionDef extends Pos {
  kind: 'FunctionDef'; name: string; args: Arguments; body: Stmt[];
  decorator_list: Expr[]; returns: Expr | null; type_comment: string | null;
}
export interface AsyncFunctionDef extends Pos {
  kind: 'AsyncFunctionDef'; name: string; args: Arguments; body: Stmt[];
  decorator_list: Expr[]; returns: Expr | null; type_comment: string | null;
}
export interface ClassDef extends Pos {
  kind: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Pos { kind: 'Return'; value: Expr | null }
export interface Delete extends Pos { kind: 'Delete'; targets: Expr[] }
export interface Assign extends Pos { kind: 'Assign'; targets: Expr[]; value: Expr; type_comment: string | null }
export interface AugAssign extends Pos { kind: 'AugAssign'; target: Expr; op: Operator; value: Expr }
/** `simple` is 1 when the target is a bare name not in parentheses. */
export interface AnnAssign extends Pos {
  kind: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: 0 | 1;
}
export interface For extends Pos {
  kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface AsyncFor extends Pos {
  kind: 'AsyncFor'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface While extends Pos { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { kind: 'With'; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface AsyncWith extends Pos { kind: 'AsyncWith'; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface Raise extends Pos { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos {
  kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
/** `try: … except* E: …` (exception groups). */
export interface TryStar extends Pos {
  kind: 'TryStar'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface Assert extends Pos { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { kind: 'Import'; names: Alias[] }
export interface ImportFrom extends Pos { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { kind: 'Global'; names: string[] }
export interface Nonlocal extends Pos { kind: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Pos { kind: 'Expr'; value: Expr }
export interface Pass extends Pos { kind: 'Pass' }
export interface Break extends Pos { kind: 'Break' }
export interface Continue extends Pos { kind: 'Continue' }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---- expressions ---------------------------------------------------------------------------

export interface BoolOp extends Pos { kind: 'BoolOp'; op: BoolOperator; values: Expr[] }
export interface NamedExpr extends Pos { kind: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Pos { kind: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Pos { kind: 'UnaryOp'; op: UnaryOperator; operand: Expr }
export interface Lambda extends Pos { kind: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys[i]` is null for a `**mapping` entry, whose mapping is `values[i]`. */
export interface Dict extends Pos { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Pos { kind: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Pos { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Pos { kind: 'Await'; value: Expr }
export interface Yield extends Pos { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { kind: 'YieldFrom'; value: Expr }
export interface Compare extends Pos { kind: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
export interface Call extends Pos { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** conversion: -1 none, 115 `!s`, 114 `!r`, 97 `!a`. */
export interface FormattedValue extends Pos {
  kind: 'FormattedValue'; value: Expr; conversion: number; format_spec: JoinedStr | null;
}
export interface JoinedStr extends Pos { kind: 'JoinedStr'; values: Expr[] }
/** `kind_` mirrors CPython's `Constant.kind`: 'u' for u-prefixed strings, else null. */
export interface Constant extends Pos { kind: 'Constant'; value: ConstantValue; kind_: 'u' | null }
export interface Attribute extends Pos { kind: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos { kind: 'Name'; id: string; ctx: ExprContext }
export interface List extends Pos { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Pos { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr
  | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---- helper nodes --------------------------------------------------------------------------

export interface Comprehension { kind: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: 0 | 1 }
export interface ExceptHandler extends Pos { kind: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[] }
/** kw_defaults[i] is null when kwonlyargs[i] has no default; defaults cover the last positionals. */
export interface Arguments {
  kind: 'arguments'; posonlyargs: Arg[]; args: Arg[]; vararg: Arg | null;
  kwonlyargs: Arg[]; kw_defaults: (Expr | null)[]; kwarg: Arg | null; defaults: Expr[];
}
export interface Arg extends Pos { kind: 'arg'; arg: string; annotation: Expr | null; type_comment: string | null }
/** arg is null for `**mapping`. */
export interface Keyword extends Pos { kind: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Pos { kind: 'alias'; name: string; asname: string | null }
export interface WithItem { kind: 'withitem'; context_expr: Expr; optional_vars: Expr | null }

export type Node = Mod | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias | WithItem;
