#!/usr/bin/env python3
"""Records CPython 3.11's view of the parser fixtures (test/unit/compiler/fixtures/):
snippets.txt -> snippets.expected.txt (ast.dump with attributes) and snippets.tokens.txt (the
tokenize module's tokens, comments and non-logical newlines left out), errors.txt ->
errors.expected.txt (exception type, message, line, offset). Columns are converted from UTF-8 bytes to characters,
which is what cpygame's AST uses. Run: python3 scripts/record-ast.py
"""
import ast
import io
import os
import sys
import tokenize
import warnings

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'unit', 'compiler', 'fixtures')


def read_sections(path):
    """`#### name` headers, each followed by its source text (newline before the next header kept)."""
    sections = []
    name = None
    lines = []
    with open(path, encoding='utf-8', newline='') as f:
        for line in f:
            if line.startswith('#### '):
                if name is not None:
                    sections.append((name, ''.join(lines)))
                name = line[5:].rstrip('\n')
                lines = []
            else:
                lines.append(line)
    if name is not None:
        sections.append((name, ''.join(lines)))
    return sections


def variant(name, src):
    """Applies the line-ending / BOM transform named by a `[tag]` suffix (mirrored by the test)."""
    if name.endswith('[crlf]'):
        return src.replace('\n', '\r\n')
    if name.endswith('[cr]'):
        return src.replace('\n', '\r')
    if name.endswith('[bom]'):
        return '\ufeff' + src
    if name.endswith('[noeol]'):
        return src.rstrip('\n')
    return src


def to_char_columns(tree, src):
    text = src.lstrip('\ufeff').replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')

    def conv(lineno, col):
        line = lines[lineno - 1].encode('utf-8')
        return len(line[:col].decode('utf-8'))

    for node in ast.walk(tree):
        if getattr(node, 'lineno', None) is not None and hasattr(node, 'col_offset'):
            node.col_offset = conv(node.lineno, node.col_offset)
            node.end_col_offset = conv(node.end_lineno, node.end_col_offset)


def token_lines(src):
    """One line per token: type, repr of its text, start and end (line:col). End-of-input
    DEDENT and ENDMARKER positions are left out: the tokenize module puts them after the last
    line, the C tokenizer at its end."""
    raw = list(tokenize.tokenize(io.BytesIO(src.encode('utf-8')).readline))
    # The C tokenizer starts a NEWLINE at the comment that ends its line, if any.
    for k in range(1, len(raw)):
        if tokenize.tok_name[raw[k].type] == 'NEWLINE' and tokenize.tok_name[raw[k - 1].type] == 'COMMENT':
            raw[k] = raw[k]._replace(start=raw[k - 1].start)
    toks = [t for t in raw if tokenize.tok_name[t.type] not in ('ENCODING', 'COMMENT', 'NL', 'ENDMARKER')]
    at_end = len(toks)
    while at_end > 0 and tokenize.tok_name[toks[at_end - 1].type] == 'DEDENT':
        at_end -= 1
    out = []
    for i, tok in enumerate(toks):
        kind = tokenize.tok_name[tok.type]
        if i >= at_end:
            out.append('DEDENT')
        elif kind in ('NEWLINE', 'DEDENT'):
            out.append(f'{kind} {tok.start[0]}:{tok.start[1]}')
        else:
            text = tok.string.replace('\r\n', '\n')
            out.append(f'{kind} {text!r} {tok.start[0]}:{tok.start[1]}-{tok.end[0]}:{tok.end[1]}')
    return out


def main():
    warnings.simplefilter('ignore')
    out = []
    for name, src in read_sections(os.path.join(HERE, 'snippets.txt')):
        src = variant(name, src)
        tree = ast.parse(src.encode('utf-8'))
        to_char_columns(tree, src)
        out.append(f'#### {name}\n{ast.dump(tree, include_attributes=True)}\n')
    with open(os.path.join(HERE, 'snippets.expected.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(out))

    out = []
    for name, src in read_sections(os.path.join(HERE, 'snippets.txt')):
        if name.endswith('[cr]'):
            continue  # the tokenize module reads lines with readline, which does not split on CR
        src = variant(name, src)
        out.append(f'#### {name}\n' + ''.join(line + '\n' for line in token_lines(src)))
    with open(os.path.join(HERE, 'snippets.tokens.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(out))

    out = []
    for name, src in read_sections(os.path.join(HERE, 'errors.txt')):
        src = variant(name, src)
        try:
            compile(src.encode('utf-8'), '<test>', 'exec', flags=ast.PyCF_ONLY_AST, dont_inherit=True)
            result = 'OK'
        except SyntaxError as e:
            result = f'{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}'
        out.append(f'#### {name}\n{result}\n')
    with open(os.path.join(HERE, 'errors.expected.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(out))


if __name__ == '__main__':
    sys.exit(main())
