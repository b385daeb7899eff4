// The compiler: scope decisions, the bytecode of small functions (through the disassembler),
// compile-time folding and the semantic errors that become SyntaxError.
import t from 'tap';
import { parse } from '../../../src/compiler/parse';
import { analyzeScopes, Scope } from '../../../src/compiler/scope';
import { compileAst } from '../../../src/compiler/compile';
import { PySyntaxError } from '../../../src/compiler/syntax-error';
import { CodeObject } from '../../../src/bytecode/code-object';
import { disassembleOne } from '../../../src/bytecode/disassemble';
import { lineForOffset } from '../../../src/bytecode/line-table';
import { OPCODES } from '../../../src/bytecode/opcodes';

function compile(src: string): CodeObject {
  return compileAst(parse(src, 'code.py', 'exec'), 'code.py', 'exec', src);
}

/** The code object of the first function defined in src. */
function fn(src: string): CodeObject {
  return compile(src).consts.find((c) => c instanceof CodeObject) as CodeObject;
}

/** Opcode names of a code object, operands dropped. */
function ops(code: CodeObject): string[] {
  const out: string[] = [];
  for (let ip = 0; ip < code.code.length; ip += 1 + OPCODES[code.code[ip]].operands.length) out.push(OPCODES[code.code[ip]].name);
  return out;
}

function scopes(src: string): Scope {
  return analyzeScopes(parse(src, 'code.py', 'exec')).top;
}

function syntaxError(src: string): string {
  try {
    compile(src);
  } catch (e) {
    if (e instanceof PySyntaxError) return `${e.lineno}: ${e.msg}`;
    throw e;
  }
  return 'no error';
}

t.test('scopes: locals, globals, cells and free variables', async (t) => {
  const top = scopes('g = 1\ndef f(a):\n    b = a\n    def inner():\n        return a + g\n    return inner\n');
  const f = top.children[0];
  const inner = f.children[0];
  t.equal(f.access('b'), 'fast');
  t.equal(f.access('a'), 'deref');
  t.same(f.cellvars, ['a']);
  t.same(inner.freevars, ['a']);
  t.equal(inner.access('a'), 'deref');
  t.equal(inner.access('g'), 'global');
  t.equal(top.access('g'), 'name');
});

t.test('scopes: global and nonlocal declarations', async (t) => {
  const top = scopes('def f():\n    global x\n    x = 1\n    y = 2\n    def g():\n        nonlocal y\n        y = 3\n');
  const f = top.children[0];
  t.equal(f.access('x'), 'global');
  t.same(f.cellvars, ['y']);
  t.equal(f.children[0].access('y'), 'deref');
});

t.test('scopes: class bodies are skipped by methods, except __class__ for super()', async (t) => {
  const top = scopes('def outer():\n    v = 1\n    class C:\n        v = 2\n        def m(self):\n            return v, super()\n');
  const outer = top.children[0];
  const cls = outer.children[0];
  const m = cls.children[0];
  t.equal(m.access('v'), 'deref');
  t.same(outer.cellvars, ['v']);
  t.ok(cls.cellvars.includes('__class__'));
  t.ok(m.freevars.includes('__class__'));
  t.equal(cls.access('v'), 'name');
});

t.test('scopes: comprehensions have their own scope; the walrus binds outside', async (t) => {
  const top = scopes('def f(xs):\n    return [y := x for x in xs], y\n');
  const f = top.children[0];
  const comp = f.children[0];
  t.equal(comp.kind, 'comprehension');
  t.equal(comp.access('x'), 'fast');
  t.equal(comp.access('y'), 'deref');
  t.same(f.cellvars, ['y']);
});

t.test('bytecode: a simple function', async (t) => {
  const code = fn('def add(a, b):\n    return a + b\n');
  t.same(ops(code), ['LOAD_FAST', 'LOAD_FAST', 'BINARY_OP', 'RETURN_VALUE', 'LOAD_CONST', 'RETURN_VALUE']);
  t.equal(code.argcount, 2);
  t.match(disassembleOne(code), /LOAD_FAST 0 \(a\)\n\s+\d+ LOAD_FAST 1 \(b\)\n\s+\d+ BINARY_OP 0 \(\+\)/);
});

t.test('bytecode: method calls use LOAD_METHOD and keyword calls KW_NAMES', async (t) => {
  const code = fn('def f(o):\n    o.m(1, k=2)\n');
  t.same(ops(code).slice(0, 6), ['LOAD_FAST', 'LOAD_METHOD', 'LOAD_CONST', 'LOAD_CONST', 'KW_NAMES', 'CALL']);
  const star = fn('def f(o, a):\n    o(*a)\n');
  t.ok(ops(star).includes('CALL_FUNCTION_EX'));
});

t.test('bytecode: try/finally registers handlers in the exception table', async (t) => {
  const code = fn('def f():\n    try:\n        g()\n    finally:\n        h()\n');
  t.ok(code.exceptionTable.length >= 8, 'a handler for the body and a cleanup handler');
  t.ok(ops(code).includes('PUSH_EXC_INFO'));
  t.ok(ops(code).includes('RERAISE'));
});

t.test('bytecode: const() names and negative literals are folded', async (t) => {
  const code = compile('from micropython import const\nX = const(1 << 4)\ndef f():\n    return X + -3\n');
  const f = code.consts.find((c) => c instanceof CodeObject) as CodeObject;
  t.same(ops(f).slice(0, 3), ['LOAD_CONST', 'LOAD_CONST', 'BINARY_OP']);
  t.ok(f.consts.includes(16));
  t.ok(f.consts.includes(-3));
});

t.test('bytecode: stack size covers the deepest expression', async (t) => {
  const code = fn('def f(a):\n    return [a, a, [a, a, (a, a, a)]]\n');
  t.ok(code.stacksize >= 8, `stacksize ${code.stacksize}`);
});

t.test('line table maps instructions back to source lines', async (t) => {
  const code = fn('def f():\n    x = 1\n\n    y = 2\n    return x + y\n');
  const lines = new Set<number>();
  for (let ip = 0; ip < code.code.length; ip++) lines.add(lineForOffset(code.lineTable, ip));
  t.same([...lines].sort(), [2, 4, 5]);
});

t.test('semantic errors use CPython wording', async (t) => {
  t.equal(syntaxError('return 1\n'), "1: 'return' outside function");
  t.equal(syntaxError('while True:\n    pass\nbreak\n'), "3: 'break' outside loop");
  t.equal(syntaxError('continue\n'), "1: 'continue' not properly in loop");
  t.equal(syntaxError('def f():\n    print(x)\n    global x\n'), "3: name 'x' is used prior to global declaration");
  t.equal(syntaxError('def f():\n    x = 1\n    global x\n'), "3: name 'x' is assigned to before global declaration");
  t.equal(syntaxError('def f(a):\n    global a\n'), "2: name 'a' is parameter and global");
  t.match(syntaxError('def f():\n    nonlocal q\n'), /no binding for nonlocal 'q' found/);
  t.equal(syntaxError('nonlocal x\n'), '1: nonlocal declaration not allowed at module level');
  t.equal(syntaxError('def f(a, a):\n    pass\n'), "1: duplicate argument 'a' in function definition");
  t.equal(syntaxError('x = yield 1\n'), "1: 'yield' outside function");
  t.equal(syntaxError('def f():\n    await g()\n'), "2: 'await' outside async function");
  t.equal(syntaxError('f(a=1, a=2)\n'), '1: keyword argument repeated: a');
  t.equal(syntaxError('a, *b, *c = d\n'), '1: multiple starred expressions in assignment');
  t.equal(syntaxError('from __future__ import braces\n'), '1: future feature braces is not defined');
  t.equal(syntaxError('try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n'), "3: default 'except:' must be last");
});
