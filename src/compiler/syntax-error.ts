// The compiler front end's error: a plain record the runtime turns into Python's SyntaxError,
// IndentationError or TabError. Not a JS Error, so raising it never builds a JS stack trace.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError {
  constructor(
    readonly type: SyntaxErrorType,
    readonly msg: string,
    readonly filename: string,
    /** 1-based line. */
    readonly lineno: number,
    /** 1-based column, as CPython reports it. */
    readonly offset: number,
    /** The source line, without its line ending. */
    readonly text: string,
    readonly endLineno: number,
    readonly endOffset: number,
    /** Raised by the tokenizer (f-string fields keep such messages without their prefix). */
    readonly fromTokenizer = false,
  ) {}

  toString(): string {
    return `${this.type}: ${this.msg} (${this.filename}, line ${this.lineno})`;
  }
}
