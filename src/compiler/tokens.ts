// Token kinds and the token record the tokenizer hands to the parser.

export enum T {
  NAME,       // identifier (soft keywords such as `match` included)
  KEYWORD,    // hard keyword; value is its spelling
  NUMBER,     // value is the source text
  STRING,     // value is the source text with prefix and quotes; one token per literal
  OP,         // operator or delimiter; value is its spelling
  NEWLINE,
  INDENT,
  DEDENT,
  ENDMARKER,
  /** A tokenizer error, raised only when the parser reaches it (CPython reads tokens lazily). */
  ERROR,
}

export interface Token {
  type: T;
  value: string;
  line: number;      // 1-based
  col: number;       // 0-based
  endLine: number;
  endCol: number;
  /** Bracket nesting depth before this token; the parser's error hints depend on it. */
  depth: number;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
