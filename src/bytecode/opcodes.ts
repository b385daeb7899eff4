// The instruction set: one const enum and, in the same order, one table giving each opcode's
// name, operands, stack effect and meaning. The code generator's depth tracking and the
// disassembler both read the table. Names follow CPython 3.11's `dis` where the meaning matches.
//
// Encoding: a code object's `code` is an Int32Array; each instruction is its opcode followed by
// as many int32 operands as its table entry lists. Jump operands are absolute offsets.

export const enum Op {
  NOP,
  POP_TOP,
  COPY,
  SWAP,
  PUSH_NULL,
  LOAD_CONST,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  LOAD_CLASSDEREF,
  LOAD_CLOSURE,
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_ATTR,
  STORE_ATTR,
  DELETE_ATTR,
  LOAD_METHOD,
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  BUILD_SLICE,
  UNARY_POSITIVE,
  UNARY_NEGATIVE,
  UNARY_NOT,
  UNARY_INVERT,
  BINARY_OP,
  COMPARE_OP,
  IS_OP,
  CONTAINS_OP,
  JUMP_FORWARD,
  JUMP_BACKWARD,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  GET_ITER,
  FOR_ITER,
  RETURN_VALUE,
  YIELD_VALUE,
  GET_YIELD_FROM_ITER,
  SEND,
  GET_AWAITABLE,
  GET_AITER,
  GET_ANEXT,
  END_ASYNC_FOR,
  RAISE_VARARGS,
  RERAISE,
  PUSH_EXC_INFO,
  POP_EXCEPT,
  CHECK_EXC_MATCH,
  BEFORE_WITH,
  BEFORE_ASYNC_WITH,
  WITH_EXCEPT_START,
  LOAD_ASSERTION_ERROR,
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  BUILD_MAP,
  BUILD_STRING,
  FORMAT_VALUE,
  LIST_APPEND,
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  DICT_MERGE,
  LIST_TO_TUPLE,
  UNPACK_SEQUENCE,
  UNPACK_EX,
  MAKE_FUNCTION,
  KW_NAMES,
  CALL,
  CALL_FUNCTION_EX,
  LOAD_BUILD_CLASS,
  IMPORT_NAME,
  IMPORT_FROM,
  IMPORT_STAR,
  PRINT_EXPR,
}

/** What an operand means, for the disassembler. */
export type OperandKind = 'arg' | 'const' | 'name' | 'local' | 'cell' | 'jump' | 'cache' | 'binop' | 'cmp';

export interface OpInfo {
  name: string;
  operands: OperandKind[];
  /** Stack effect when execution falls through to the next instruction (arg = first operand). */
  effect: number | ((arg: number) => number);
  /** Stack effect when the jump is taken, for jumping instructions. */
  jumpEffect?: number;
  doc: string;
}

const BUILD = (n: number) => 1 - n;

export const OPCODES: readonly OpInfo[] = [
  { name: 'NOP', operands: [], effect: 0, doc: 'Does nothing (keeps a line number alive).' },
  { name: 'POP_TOP', operands: [], effect: -1, doc: 'Discards the top of the stack.' },
  { name: 'COPY', operands: ['arg'], effect: 1, doc: 'Pushes a copy of the i-th item from the top (1 = top).' },
  { name: 'SWAP', operands: ['arg'], effect: 0, doc: 'Swaps the top with the i-th item from the top.' },
  { name: 'PUSH_NULL', operands: [], effect: 1, doc: 'Pushes the NULL marker that says "no self" before a callable.' },
  { name: 'LOAD_CONST', operands: ['const'], effect: 1, doc: 'Pushes a constant.' },
  { name: 'LOAD_FAST', operands: ['local'], effect: 1, doc: 'Pushes a fast local; NameError if unbound.' },
  { name: 'STORE_FAST', operands: ['local'], effect: -1, doc: 'Pops into a fast local.' },
  { name: 'DELETE_FAST', operands: ['local'], effect: 0, doc: 'Unbinds a fast local.' },
  { name: 'LOAD_DEREF', operands: ['cell'], effect: 1, doc: 'Pushes the contents of a cell or free variable.' },
  { name: 'STORE_DEREF', operands: ['cell'], effect: -1, doc: 'Pops into a cell.' },
  { name: 'DELETE_DEREF', operands: ['cell'], effect: 0, doc: 'Empties a cell.' },
  { name: 'LOAD_CLASSDEREF', operands: ['cell', 'name'], effect: 1, doc: 'In a class body: the class namespace first, then the free variable.' },
  { name: 'LOAD_CLOSURE', operands: ['cell'], effect: 1, doc: 'Pushes the cell object itself, to build a closure.' },
  { name: 'LOAD_NAME', operands: ['name'], effect: 1, doc: 'Pushes a name from the locals dict, then globals, then builtins.' },
  { name: 'STORE_NAME', operands: ['name'], effect: -1, doc: 'Pops into the locals dict.' },
  { name: 'DELETE_NAME', operands: ['name'], effect: 0, doc: 'Deletes from the locals dict.' },
  { name: 'LOAD_GLOBAL', operands: ['name', 'cache'], effect: 1, doc: 'Pushes a global or builtin (cached on the dicts\' versions).' },
  { name: 'STORE_GLOBAL', operands: ['name'], effect: -1, doc: 'Pops into the module dict.' },
  { name: 'DELETE_GLOBAL', operands: ['name'], effect: 0, doc: 'Deletes from the module dict.' },
  { name: 'LOAD_ATTR', operands: ['name', 'cache'], effect: 0, doc: 'Replaces the top with its attribute.' },
  { name: 'STORE_ATTR', operands: ['name', 'cache'], effect: -2, doc: 'TOS.name = TOS1; pops both.' },
  { name: 'DELETE_ATTR', operands: ['name'], effect: -1, doc: 'del TOS.name.' },
  { name: 'LOAD_METHOD', operands: ['name', 'cache'], effect: 1, doc: 'Replaces obj with (function, obj) for a plain method, else (NULL, attribute).' },
  { name: 'BINARY_SUBSCR', operands: [], effect: -1, doc: 'TOS1[TOS].' },
  { name: 'STORE_SUBSCR', operands: [], effect: -3, doc: 'TOS1[TOS] = TOS2.' },
  { name: 'DELETE_SUBSCR', operands: [], effect: -2, doc: 'del TOS1[TOS].' },
  { name: 'BUILD_SLICE', operands: ['arg'], effect: (n) => 1 - n, doc: 'Builds slice(start, stop[, step]) from 2 or 3 items.' },
  { name: 'UNARY_POSITIVE', operands: [], effect: 0, doc: '+TOS.' },
  { name: 'UNARY_NEGATIVE', operands: [], effect: 0, doc: '-TOS.' },
  { name: 'UNARY_NOT', operands: [], effect: 0, doc: 'not TOS.' },
  { name: 'UNARY_INVERT', operands: [], effect: 0, doc: '~TOS.' },
  { name: 'BINARY_OP', operands: ['binop'], effect: -1, doc: 'TOS1 op TOS (operand: BINOP_NAMES index, +13 in place); ints fast-pathed.' },
  { name: 'COMPARE_OP', operands: ['cmp'], effect: -1, doc: 'Rich comparison TOS1 <op> TOS.' },
  { name: 'IS_OP', operands: ['arg'], effect: -1, doc: 'Identity test (ints and floats by value); arg 1 negates.' },
  { name: 'CONTAINS_OP', operands: ['arg'], effect: -1, doc: 'TOS1 in TOS; arg 1 negates.' },
  { name: 'JUMP_FORWARD', operands: ['jump'], effect: 0, jumpEffect: 0, doc: 'Unconditional jump forward.' },
  { name: 'JUMP_BACKWARD', operands: ['jump'], effect: 0, jumpEffect: 0, doc: 'Unconditional jump back; counts ticks and checks for interrupts.' },
  { name: 'POP_JUMP_IF_FALSE', operands: ['jump'], effect: -1, jumpEffect: -1, doc: 'Pops; jumps if false.' },
  { name: 'POP_JUMP_IF_TRUE', operands: ['jump'], effect: -1, jumpEffect: -1, doc: 'Pops; jumps if true.' },
  { name: 'JUMP_IF_FALSE_OR_POP', operands: ['jump'], effect: -1, jumpEffect: 0, doc: 'Jumps keeping TOS if false, else pops.' },
  { name: 'JUMP_IF_TRUE_OR_POP', operands: ['jump'], effect: -1, jumpEffect: 0, doc: 'Jumps keeping TOS if true, else pops.' },
  { name: 'POP_JUMP_IF_NONE', operands: ['jump'], effect: -1, jumpEffect: -1, doc: 'Pops; jumps if None.' },
  { name: 'POP_JUMP_IF_NOT_NONE', operands: ['jump'], effect: -1, jumpEffect: -1, doc: 'Pops; jumps unless None.' },
  { name: 'GET_ITER', operands: [], effect: 0, doc: 'iter(TOS).' },
  { name: 'FOR_ITER', operands: ['jump'], effect: 1, jumpEffect: -1, doc: 'Pushes next(TOS); when exhausted pops the iterator and jumps.' },
  { name: 'RETURN_VALUE', operands: [], effect: -1, doc: 'Returns TOS from the frame.' },
  { name: 'YIELD_VALUE', operands: [], effect: 0, doc: 'Suspends the frame yielding TOS; the value sent in replaces it.' },
  { name: 'GET_YIELD_FROM_ITER', operands: [], effect: 0, doc: 'iter(TOS) unless it is already a generator or coroutine.' },
  { name: 'SEND', operands: ['jump'], effect: 0, jumpEffect: -1, doc: 'Sends TOS into the sub-iterator TOS1; yields its value, or on return replaces both with the result and jumps.' },
  { name: 'GET_AWAITABLE', operands: [], effect: 0, doc: 'Replaces TOS with the iterator of its __await__.' },
  { name: 'GET_AITER', operands: [], effect: 0, doc: 'TOS.__aiter__().' },
  { name: 'GET_ANEXT', operands: [], effect: 1, doc: 'Pushes the awaitable of TOS.__anext__().' },
  { name: 'END_ASYNC_FOR', operands: [], effect: -2, doc: 'Ends an async for on StopAsyncIteration (pops exception and iterator); re-raises anything else.' },
  { name: 'RAISE_VARARGS', operands: ['arg'], effect: (n) => -n, doc: 'raise (0), raise exc (1), raise exc from cause (2).' },
  { name: 'RERAISE', operands: [], effect: -1, doc: 'Re-raises TOS keeping its traceback.' },
  { name: 'PUSH_EXC_INFO', operands: [], effect: 1, doc: 'Under the exception on TOS, pushes the previously handled exception; makes TOS the handled one.' },
  { name: 'POP_EXCEPT', operands: [], effect: -1, doc: 'Pops the saved exception and makes it the handled one again.' },
  { name: 'CHECK_EXC_MATCH', operands: [], effect: 0, doc: 'Replaces the class on TOS with whether the exception under it matches.' },
  { name: 'BEFORE_WITH', operands: [], effect: 1, doc: 'Replaces the context manager with its bound __exit__ and the result of __enter__().' },
  { name: 'BEFORE_ASYNC_WITH', operands: [], effect: 1, doc: 'Replaces the manager with its bound __aexit__ and the awaitable of __aenter__().' },
  { name: 'WITH_EXCEPT_START', operands: [], effect: 1, doc: 'Stack: exit, previous exception, exception. Calls exit(type, exc, tb); pushes the result.' },
  { name: 'LOAD_ASSERTION_ERROR', operands: [], effect: 1, doc: 'Pushes AssertionError.' },
  { name: 'BUILD_TUPLE', operands: ['arg'], effect: BUILD, doc: 'Builds a tuple from n items.' },
  { name: 'BUILD_LIST', operands: ['arg'], effect: BUILD, doc: 'Builds a list from n items.' },
  { name: 'BUILD_SET', operands: ['arg'], effect: BUILD, doc: 'Builds a set from n items.' },
  { name: 'BUILD_MAP', operands: ['arg'], effect: (n) => 1 - 2 * n, doc: 'Builds a dict from n key/value pairs.' },
  { name: 'BUILD_STRING', operands: ['arg'], effect: BUILD, doc: 'Concatenates n strings (f-strings).' },
  { name: 'FORMAT_VALUE', operands: ['arg'], effect: (f) => ((f & 4) ? -1 : 0), doc: 'format(value, spec): arg&3 = conversion (0 none, 1 str, 2 repr, 3 ascii), arg&4 = spec on TOS.' },
  { name: 'LIST_APPEND', operands: ['arg'], effect: -1, doc: 'Appends TOS to the list i items down (comprehensions).' },
  { name: 'SET_ADD', operands: ['arg'], effect: -1, doc: 'Adds TOS to the set i items down.' },
  { name: 'MAP_ADD', operands: ['arg'], effect: -2, doc: 'Sets TOS1: TOS in the dict i items down.' },
  { name: 'LIST_EXTEND', operands: ['arg'], effect: -1, doc: 'Extends the list i items down with the iterable TOS.' },
  { name: 'SET_UPDATE', operands: ['arg'], effect: -1, doc: 'Updates the set i items down from TOS.' },
  { name: 'DICT_UPDATE', operands: ['arg'], effect: -1, doc: 'Updates the dict i items down from the mapping TOS.' },
  { name: 'DICT_MERGE', operands: ['arg'], effect: -1, doc: 'As DICT_UPDATE but repeated keys are an error (call **kwargs).' },
  { name: 'LIST_TO_TUPLE', operands: [], effect: 0, doc: 'tuple(TOS) for a list.' },
  { name: 'UNPACK_SEQUENCE', operands: ['arg'], effect: (n) => n - 1, doc: 'Unpacks TOS into exactly n items, first item on top.' },
  { name: 'UNPACK_EX', operands: ['arg'], effect: (a) => (a & 0xff) + (a >> 8), doc: 'a, *b, c = TOS: arg = before | after << 8.' },
  { name: 'MAKE_FUNCTION', operands: ['arg'], effect: (f) => -((f & 1) + ((f >> 1) & 1) + ((f >> 3) & 1)), doc: 'Makes a function from the code on TOS; flags 1 defaults, 2 kw defaults, 8 closure tuple.' },
  { name: 'KW_NAMES', operands: ['const'], effect: 0, doc: 'Names the last arguments of the next CALL as keywords (a tuple constant).' },
  { name: 'CALL', operands: ['arg'], effect: (n) => -n - 1, doc: 'Calls with n arguments; below them sit (NULL, callable) or (function, self).' },
  { name: 'CALL_FUNCTION_EX', operands: ['arg'], effect: (f) => -2 - (f & 1), doc: 'Calls (NULL, callable) with an args tuple and, if arg&1, a kwargs dict.' },
  { name: 'LOAD_BUILD_CLASS', operands: [], effect: 1, doc: 'Pushes __build_class__.' },
  { name: 'IMPORT_NAME', operands: ['name'], effect: -1, doc: 'Imports a module; pops level and fromlist, pushes the module.' },
  { name: 'IMPORT_FROM', operands: ['name'], effect: 1, doc: 'Pushes attribute (or submodule) name of the module on TOS.' },
  { name: 'IMPORT_STAR', operands: [], effect: -1, doc: 'from module import * into the locals.' },
  { name: 'PRINT_EXPR', operands: [], effect: -1, doc: 'REPL: prints repr(TOS) unless None and stores it in builtins._.' },
];

/** BINARY_OP operands: objects/core.ts's BinOp numbering (ADD, SUB, MUL, MATMUL, TRUEDIV, FLOORDIV,
 * MOD, POW, LSHIFT, RSHIFT, AND, OR, XOR) so the VM passes them on unchanged; + INPLACE for `op=`. */
export const BINOP_NAMES = ['+', '-', '*', '@', '/', '//', '%', '**', '<<', '>>', '&', '|', '^'] as const;
export const BINOP_INPLACE = 13;

/** COMPARE_OP operands, numbered as objects/core.ts's CmpOp. */
export const CMP_NAMES = ['<', '<=', '==', '!=', '>', '>='] as const;

/** Number of int32 words an instruction occupies. */
export function instrSize(op: number): number {
  return 1 + OPCODES[op].operands.length;
}

export function stackEffect(op: number, arg: number, jump: boolean): number {
  const info = OPCODES[op];
  if (jump && info.jumpEffect !== undefined) return info.jumpEffect;
  return typeof info.effect === 'number' ? info.effect : info.effect(arg);
}
