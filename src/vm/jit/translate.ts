// Bytecode → JS source for one code object. Fast locals become `l<i>` variables and value-stack
// slots `s<depth>` variables (the depth before each instruction is static, analysis.ts); the
// instructions run inside `dispatch: for (;;) switch (pc)`, with a case only where a jump or a
// handler enters, so straight-line code falls through. The interpreter (vm/interpreter.ts) is the
// specification of every opcode; what it inlines is inlined here too, the rest calls the same
// helpers. Before an instruction that can raise, `pc` is set to its offset (unless the last one
// set shares its line and handler), so the handler lookup after the dispatch loop sees what the
// interpreter's `ip - 1` would.

import { CodeObject, findHandler } from '../../bytecode/code-object';
import { lineForOffset } from '../../bytecode/line-table';
import { OPCODES, Op } from '../../bytecode/opcodes';
import { UnaryOp } from '../../objects/core';
import { Analysis, boundLocals } from './analysis';
import { Untranslatable, binaryOp, windowCall, windowSize } from './operators';
import { UNBOXED_LEFT, UNBOXED_RIGHT, planUnboxed } from './unboxed';
import { specializedCall } from './specialized-calls';
import { monomorphicEntry } from '../inline-cache';
import { EXHAUSTED } from '../../objects/iterators';

const CMP_JS = ['<', '<=', '===', '!==', '>', '>='];

/** The body of `function (f, entry, thrown)`; helper names are bound by the caller (tier.ts). */
export function translate(code: CodeObject, an: Analysis): string {
  const nl = code.varnames.length;
  const names = code.names;
  const table = code.exceptionTable;
  const out: string[] = [];
  const emit = (s: string): void => { out.push(s); };
  const S = (i: number): string => `s${i}`;
  const L = (i: number): string => `l${i}`;
  const str = (i: number): string => JSON.stringify(names[i]);

  // Where an exception raised at an offset goes: same line and handler, same outcome.
  const siteKey = (off: number): string => `${lineForOffset(code.lineTable, off)}:${findHandler(table, off)}`;
  let known: string | null = null;
  /** `pc = off;` unless pc already names an equivalent offset; always-executed position. */
  const site = (off: number): string => {
    const k = siteKey(off);
    if (k === known) return '';
    known = k;
    return `pc = ${off}; `;
  };
  /** As site, for a branch that may not run: afterwards pc is known only if nothing changed. */
  const branchSite = (off: number): string => {
    const k = siteKey(off);
    if (k === known) return '';
    known = null;
    return `pc = ${off}; `;
  };
  /** For a branch that only raises: the position after it keeps what pc was known to be. */
  const raiseSite = (off: number): string => (siteKey(off) === known ? '' : `pc = ${off}; `);
  const jump = (t: number): string => `{ pc = ${t}; continue dispatch; }`;
  /**
   * The attribute site's latest cache entry is `e`, made for the instance `a`'s shape and class,
   * and the class has not changed since: the entry's read/method/write then hold without the
   * helper's call. Only instances keep a Shape in `shape` (an entry with a read, method or write
   * has one), so no `instanceof` is needed, which TurboFan would build as a prototype-chain loop.
   */
  const cachedShape = (slot: number): string =>
    `(e = caches[${slot}]) !== undefined && a.shape === e.shape && a.cls === e.type && e.validity.valid`;
  /** The site's latest entry is for the module `a`, whose dict still has the name: its value is `v`. */
  const cachedModule = (slot: number): string =>
    `(e = caches[${slot}]) !== undefined && a === e.module && (v = e.cell.value) !== undefined`;
  const raised = '{ exc = st.raised; st.raised = null; break dispatch; }';
  const falsy = (x: string): string => `(${x} === false || (${x} !== true && !isTrue(${x})))`;
  const truthy = (x: string): string => `(${x} === true || (${x} !== false && isTrue(${x})))`;

  const bound = boundLocals(code, an);
  const unboxed = planUnboxed(an, code.consts);
  const rawSlots = new Set<number>();
  const raw = (slot: number): string => { rawSlots.add(slot); return `f${slot}`; };
  const D = (i: number): string => `d${i}`;
  /** Boxes a local that may hold the UNBOXED marker, before a read that needs a Python value. */
  const boxLocal = (i: number): string => (unboxed.floatLocals.has(i) ? `if (${L(i)} === UNBOXED) ${L(i)} = new PyFloat(${D(i)}); ` : '');

  const instrs = an.instrs;
  let kw = -1;
  // The name each stack slot was last loaded under by LOAD_GLOBAL or LOAD_METHOD, while the
  // slot is live: what a CALL's callee promises to be (specialized-calls.ts).
  const loadedAs: (string | undefined)[] = [];
  for (let idx = 0; idx < instrs.length; idx++) {
    const ins = instrs[idx];
    const d = an.depth[ins.offset];
    if (d < 0) continue;
    if (loadedAs.length > d) loadedAs.length = d;
    const off = ins.offset;
    if (an.labels.has(off)) {
      emit(`case ${off}:`);
      known = null;
    }
    const top = S(d - 1);
    switch (ins.op) {
      case Op.NOP: case Op.POP_TOP:
        break;
      case Op.COPY:
        emit(`${S(d)} = ${S(d - ins.arg)};`);
        break;
      case Op.SWAP:
        emit(`a = ${top}; ${top} = ${S(d - ins.arg)}; ${S(d - ins.arg)} = a;`);
        break;
      case Op.PUSH_NULL:
        emit(`${S(d)} = undefined;`);
        break;
      case Op.LOAD_CONST: {
        const c = code.consts[ins.arg];
        const lit = typeof c === 'number' || typeof c === 'boolean' || typeof c === 'string' ? JSON.stringify(c) : null;
        emit(`${S(d)} = ${lit !== null && !Object.is(c, -0) ? lit : `K[${ins.arg}]`};`);
        break;
      }
      case Op.LOAD_FAST:
        if (bound[off]![ins.arg] === 0) emit(`if (${L(ins.arg)} === undefined) { ${raiseSite(off)}throw unboundLocal(); }`);
        if (unboxed.producers.has(off)) emit(`${S(d)} = ${L(ins.arg)}; if (${S(d)} === UNBOXED) ${raw(d)} = ${D(ins.arg)};`);
        else emit(`${boxLocal(ins.arg)}${S(d)} = ${L(ins.arg)};`);
        break;
      case Op.STORE_FAST:
        emit(`${L(ins.arg)} = ${top};`);
        if (unboxed.stores.has(off)) emit(`if (${top} === UNBOXED) ${D(ins.arg)} = ${raw(d - 1)};`);
        break;
      case Op.DELETE_FAST:
        emit(`if (${L(ins.arg)} === undefined) { ${raiseSite(off)}throw unboundLocal(); } ${L(ins.arg)} = undefined;`);
        break;
      case Op.LOAD_DEREF:
        emit(`${S(d)} = C[${ins.arg}].value; if (${S(d)} === undefined) { ${raiseSite(off)}throw freeVarError(CODE, ${ins.arg}); }`);
        break;
      case Op.STORE_DEREF:
        emit(`C[${ins.arg}].value = ${top};`);
        break;
      case Op.DELETE_DEREF:
        emit(`if (C[${ins.arg}].value === undefined) { ${raiseSite(off)}throw freeVarError(CODE, ${ins.arg}); } C[${ins.arg}].value = undefined;`);
        break;
      case Op.LOAD_CLASSDEREF:
        emit(`v = LD.getStr(${str(ins.arg2)}); if (v === undefined) { v = C[${ins.arg}].value; if (v === undefined) { ${raiseSite(off)}throw freeVarError(CODE, ${ins.arg}); } } ${S(d)} = v;`);
        break;
      case Op.LOAD_CLOSURE:
        emit(`${S(d)} = C[${ins.arg}];`);
        break;
      case Op.LOAD_NAME:
        emit(`${site(off)}${S(d)} = loadName(f, ${str(ins.arg)});`);
        break;
      case Op.STORE_NAME:
        emit(`LD.setStr(${str(ins.arg)}, ${top});`);
        break;
      case Op.DELETE_NAME:
        emit(`if (!LD.deleteStr(${str(ins.arg)})) { ${raiseSite(off)}throw nameError(${str(ins.arg)}); }`);
        break;
      case Op.LOAD_GLOBAL:
        emit(`${site(off)}${S(d)} = loadGlobalCached(caches, ${ins.arg2}, G, B, ${str(ins.arg)});`);
        loadedAs[d] = names[ins.arg];
        break;
      case Op.STORE_GLOBAL:
        emit(`G.setStr(${str(ins.arg)}, ${top});`);
        break;
      case Op.DELETE_GLOBAL:
        emit(`if (!G.deleteStr(${str(ins.arg)})) { ${raiseSite(off)}throw nameError(${str(ins.arg)}); }`);
        break;
      case Op.LOAD_ATTR:
        if (monomorphicEntry(code.caches, ins.arg2, 'read')) {
          emit(`a = ${top}; if (${cachedShape(ins.arg2)} && (i = e.read) >= 0) ${top} = a.values[i];`
            + ` else { ${branchSite(off)}${top} = loadAttrCached(caches, ${ins.arg2}, a, ${str(ins.arg)}); }`);
        } else if (monomorphicEntry(code.caches, ins.arg2, 'module')) {
          emit(`a = ${top}; if (${cachedModule(ins.arg2)}) ${top} = v;`
            + ` else { ${branchSite(off)}${top} = loadAttrCached(caches, ${ins.arg2}, a, ${str(ins.arg)}); }`);
        } else {
          emit(`${site(off)}${top} = loadAttrCached(caches, ${ins.arg2}, ${top}, ${str(ins.arg)});`);
        }
        break;
      case Op.STORE_ATTR:
        if (monomorphicEntry(code.caches, ins.arg2, 'write')) {
          emit(`a = ${top}; if (${cachedShape(ins.arg2)} && (i = e.write) >= 0) { a.values[i] = ${S(d - 2)}; a.shape = e.next; }`
            + ` else { ${branchSite(off)}storeAttrCached(caches, ${ins.arg2}, a, ${str(ins.arg)}, ${S(d - 2)}); }`);
        } else {
          emit(`${site(off)}storeAttrCached(caches, ${ins.arg2}, ${top}, ${str(ins.arg)}, ${S(d - 2)});`);
        }
        break;
      case Op.DELETE_ATTR:
        emit(`${site(off)}delAttr(${top}, ${str(ins.arg)});`);
        break;
      case Op.LOAD_METHOD: {
        const general = `v = loadMethodCached(caches, ${ins.arg2}, a, ${str(ins.arg)});`
          + ` if (v !== undefined) { ${top} = v; ${S(d)} = a; }`
          + ` else if (typeof a === 'object' && a.cls === superType && (v = loadSuperMethodCached(caches, ${ins.arg2}, a)) !== undefined) { ${top} = v; ${S(d)} = a.obj; }`
          + ` else { ${top} = undefined; ${S(d)} = loadAttrCached(caches, ${ins.arg2}, a, ${str(ins.arg)}); }`;
        if (monomorphicEntry(code.caches, ins.arg2, 'method')) {
          emit(`a = ${top}; if (${cachedShape(ins.arg2)} && (v = e.method) !== undefined) { ${top} = v; ${S(d)} = a; }`
            + ` else { ${branchSite(off)}${general} }`);
        } else if (monomorphicEntry(code.caches, ins.arg2, 'module')) {
          emit(`a = ${top}; if (${cachedModule(ins.arg2)}) { ${top} = undefined; ${S(d)} = v; }`
            + ` else { ${branchSite(off)}${general} }`);
        } else {
          emit(`${site(off)}a = ${top}; ${general}`);
        }
        loadedAs[d - 1] = names[ins.arg];
        break;
      }
      case Op.BINARY_SUBSCR:
        emit(`a = ${S(d - 2)}; b = ${top};`
          + ` if (typeof b === 'number' && typeof a === 'object' && a.cls === listType && (i = b < 0 ? b + a.items.length : b) >= 0 && i < a.items.length) ${S(d - 2)} = a.items[i];`
          + ` else { ${branchSite(off)}${S(d - 2)} = subscrSlow(a, b); if (${S(d - 2)} === RAISED) ${raised} }`);
        break;
      case Op.STORE_SUBSCR:
        emit(`a = ${S(d - 2)}; b = ${top}; v = ${S(d - 3)};`
          + ` if (typeof b === 'number' && typeof a === 'object' && a.cls === listType && (i = b < 0 ? b + a.items.length : b) >= 0 && i < a.items.length) a.items[i] = v;`
          + ` else if (typeof b === 'number' && typeof v === 'number' && v >= 0 && v < 256 && typeof a === 'object' && a.cls === bytearrayType && (i = b < 0 ? b + a.data.length : b) >= 0 && i < a.data.length) a.data[i] = v;`
          + ` else { ${branchSite(off)}setItem(a, b, v); }`);
        break;
      case Op.DELETE_SUBSCR:
        emit(`${site(off)}delItem(${S(d - 2)}, ${top});`);
        break;
      case Op.BUILD_SLICE: {
        const next = instrs[idx + 1];
        if (ins.arg === 2 && next !== undefined && next.op === Op.BINARY_SUBSCR && !an.labels.has(next.offset)) {
          // `x[lo:hi]`: strs, lists and tuples sliced without a slice object.
          emit(`if ((v = sliceOf(${S(d - 3)}, ${S(d - 2)}, ${top})) !== undefined) ${S(d - 3)} = v;`
            + ` else { ${branchSite(next.offset)}${S(d - 3)} = subscrSlow(${S(d - 3)}, new PySlice(${S(d - 2)}, ${top}, None)); if (${S(d - 3)} === RAISED) ${raised} }`);
          idx++;
        } else if (ins.arg === 3) {
          emit(`${S(d - 3)} = new PySlice(${S(d - 3)}, ${S(d - 2)}, ${top});`);
        } else {
          emit(`${S(d - 2)} = new PySlice(${S(d - 2)}, ${top}, None);`);
        }
        break;
      }
      case Op.UNARY_POSITIVE:
        emit(`${site(off)}${top} = unaryOp(${UnaryOp.POS}, ${top});`);
        break;
      case Op.UNARY_NEGATIVE:
        emit(`v = ${top}; if (typeof v === 'number' && v !== 0) ${top} = -v; else { ${branchSite(off)}${top} = unaryOp(${UnaryOp.NEG}, v); }`);
        break;
      case Op.UNARY_NOT:
        emit(`v = ${top}; if (v === true) ${top} = false; else if (v === false) ${top} = true; else { ${branchSite(off)}${top} = !isTrue(v); }`);
        break;
      case Op.UNARY_INVERT:
        emit(`${site(off)}${top} = unaryOp(${UnaryOp.INVERT}, ${top});`);
        break;
      case Op.BINARY_OP: {
        const reads = unboxed.consumers.get(off) ?? 0;
        emit(binaryOp(ins.arg, S(d - 2), top, () => branchSite(off), {
          left: reads & UNBOXED_LEFT ? raw(d - 2) : null,
          right: reads & UNBOXED_RIGHT ? raw(d - 1) : null,
          out: unboxed.producers.has(off) ? raw(d - 2) : null,
        }));
        break;
      }
      case Op.COMPARE_OP: {
        const next = instrs[idx + 1];
        const fuse = next !== undefined && !an.labels.has(next.offset)
          && (next.op === Op.POP_JUMP_IF_FALSE || next.op === Op.POP_JUMP_IF_TRUE);
        const js = CMP_JS[ins.arg];
        emit(`a = ${S(d - 2)}; b = ${top};`);
        if (fuse) {
          const onFalse = next.op === Op.POP_JUMP_IF_FALSE;
          emit(`if (typeof a === 'number' && typeof b === 'number') { if (${onFalse ? '!' : ''}(a ${js} b)) ${jump(next.arg)} }`);
          const s1 = branchSite(off);
          const s2 = branchSite(next.offset);
          emit(`else { ${s1}v = compareSlow(${ins.arg}, a, b); ${s2}if (${onFalse ? falsy('v') : truthy('v')}) ${jump(next.arg)} }`);
          idx++;
        } else {
          emit(`if (typeof a === 'number' && typeof b === 'number') ${S(d - 2)} = a ${js} b; else { ${branchSite(off)}${S(d - 2)} = compareSlow(${ins.arg}, a, b); }`);
        }
        break;
      }
      case Op.IS_OP:
        emit(`${S(d - 2)} = ${S(d - 2)} ${ins.arg ? '!==' : '==='} ${top};`);
        break;
      case Op.CONTAINS_OP:
        emit(`${site(off)}v = contains(${top}, ${S(d - 2)}); ${S(d - 2)} = ${ins.arg ? '!v' : 'v'};`);
        break;
      case Op.JUMP_FORWARD:
        emit(`pc = ${ins.arg}; continue dispatch;`);
        break;
      case Op.JUMP_BACKWARD:
        emit(`if (--st.budget <= 0) { ${branchSite(off)}tick(); } pc = ${ins.arg}; continue dispatch;`);
        break;
      case Op.POP_JUMP_IF_FALSE:
        emit(`v = ${top}; if (v === false) ${jump(ins.arg)} if (v !== true) { ${branchSite(off)}if (!isTrue(v)) ${jump(ins.arg)} }`);
        break;
      case Op.POP_JUMP_IF_TRUE:
        emit(`v = ${top}; if (v === true) ${jump(ins.arg)} if (v !== false) { ${branchSite(off)}if (isTrue(v)) ${jump(ins.arg)} }`);
        break;
      case Op.JUMP_IF_FALSE_OR_POP:
        emit(`v = ${top}; if (v !== true) { ${branchSite(off)}if (${falsy('v')}) ${jump(ins.arg)} }`);
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        emit(`v = ${top}; if (v !== false) { ${branchSite(off)}if (${truthy('v')}) ${jump(ins.arg)} }`);
        break;
      case Op.POP_JUMP_IF_NONE:
        emit(`if (${top} === None) ${jump(ins.arg)}`);
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
        emit(`if (${top} !== None) ${jump(ins.arg)}`);
        break;
      case Op.GET_ITER:
        emit(`${site(off)}${top} = getIter(${top});`);
        break;
      case Op.FOR_ITER: {
        // Ranges over safe ints, lists, tuples and strings (but for a surrogate pair or the end)
        // step inline; a call here also spends V8's inlining budget that the loop body needs.
        // `for i, x in enumerate(a_list)` (the pair unpacked next) steps the list inline too.
        const next = instrs[idx + 1];
        const pairs = next !== undefined && next.op === Op.UNPACK_SEQUENCE && next.arg === 2;
        emit(`a = ${top};`
          + ` if ((t = a.cls) === rangeIterType && a.r === null) { v = a.cur; if (a.step > 0 ? v >= a.stop : v <= a.stop) v = STOP; else a.cur = v + a.step; }`
          + ` else if (t === listIteratorType || t === tupleIteratorType) { b = a.seq.items; if (a.i < b.length) v = b[a.i++]; else { a.i = ${EXHAUSTED}; v = STOP; } }`
          + ` else if (t === strIteratorType && (b = a.s, i = a.i) < b.length && ((x = b.charCodeAt(i)) < 0xd800 || x > 0xdbff)) { v = b[i]; a.i = i + 1; }`
          + (pairs ? ` else if (t === enumerateType && typeof (i = a.n) === 'number' && i < 9007199254740991 && ((x = (b = a.it).cls) === listIteratorType || x === tupleIteratorType) && b.i < (w = b.seq.items).length) { v = new PyTuple([i, w[b.i++]]); a.n = i + 1; }` : '')
          + ` else { ${branchSite(off)}v = t === generatorType ? a.next() : iterNext(a); }`
          + ` if (v === STOP) ${jump(ins.arg)} ${S(d)} = v;`);
        break;
      }
      case Op.RETURN_VALUE:
        emit(`return ${top};`);
        break;
      case Op.YIELD_VALUE: {
        // The frame is the suspended generator's whole state, as the interpreter leaves it.
        let save = '';
        for (let i = 0; i < nl; i++) save += `${boxLocal(i)}V[${i}] = ${L(i)}; `;
        for (let i = 0; i < d - 1; i++) save += `V[${nl + i}] = ${S(i)}; `;
        emit(`${save}f.sp = ${nl + d - 1}; f.ip = ${ins.next}; f.suspended = true; return ${top};`);
        break;
      }
      case Op.GET_YIELD_FROM_ITER:
        emit(`if (!(${top} instanceof PyGenerator)) { ${branchSite(off)}${top} = getIter(${top}); }`);
        break;
      case Op.SEND:
        emit(`${site(off)}a = genSendFromSend(${S(d - 2)}, ${top}); if (a.done) { ${S(d - 2)} = a.value; ${jump(ins.arg)} } ${top} = a.value;`);
        break;
      case Op.GET_AWAITABLE:
        emit(`${site(off)}${top} = getAwaitable(${top});`);
        break;
      case Op.RAISE_VARARGS:
        if (ins.arg === 0) {
          emit(`${site(off)}if (st.handled === null) throw newRuntimeError('No active exception to reraise'); exc = st.handled; rr = true; break dispatch;`);
        } else {
          emit(`${site(off)}exc = normalizeRaise(${S(d - ins.arg)}, ${ins.arg === 2 ? top : 'undefined'}); break dispatch;`);
        }
        break;
      case Op.RERAISE:
        emit(`${site(off)}exc = ${top}; rr = true; break dispatch;`);
        break;
      case Op.PUSH_EXC_INFO:
        emit(`v = ${top}; ${top} = st.handled === null ? None : st.handled; ${S(d)} = v; st.handled = v;`);
        break;
      case Op.POP_EXCEPT:
        emit(`st.handled = ${top} === None ? null : ${top};`);
        break;
      case Op.CHECK_EXC_MATCH:
        emit(`${site(off)}${top} = checkExcMatch(${S(d - 2)}, ${top});`);
        break;
      case Op.LOAD_ASSERTION_ERROR:
        emit(`${S(d)} = AssertionError;`);
        break;
      case Op.BUILD_TUPLE: case Op.BUILD_LIST: {
        const items = [];
        for (let i = d - ins.arg; i < d; i++) items.push(S(i));
        emit(`${S(d - ins.arg)} = new ${ins.op === Op.BUILD_LIST ? 'PyList' : 'PyTuple'}([${items.join(', ')}]);`);
        break;
      }
      case Op.BUILD_STRING: {
        const items = [];
        for (let i = d - ins.arg; i < d; i++) items.push(S(i));
        emit(`${S(d - ins.arg)} = ${['""', ...items].join(' + ')};`);
        break;
      }
      case Op.LIST_APPEND:
        emit(`${S(d - 1 - ins.arg)}.items.push(${top});`);
        break;
      case Op.SET_ADD:
        emit(`${site(off)}${S(d - 1 - ins.arg)}.add(${top});`);
        break;
      case Op.MAP_ADD:
        emit(`${site(off)}${S(d - 2 - ins.arg)}.set(${S(d - 2)}, ${top});`);
        break;
      case Op.LIST_EXTEND:
        emit(`${site(off)}a = unpackItems(${top}); b = ${S(d - 1 - ins.arg)}.items; for (i = 0; i < a.length; i++) b.push(a[i]);`);
        break;
      case Op.SET_UPDATE:
        emit(`${site(off)}setUpdate(${S(d - 1 - ins.arg)}, ${top});`);
        break;
      case Op.DICT_UPDATE:
        emit(`${site(off)}dictUpdateChecked(${S(d - 1 - ins.arg)}, ${top});`);
        break;
      case Op.DICT_MERGE:
        emit(`${site(off)}mergeKwargs(${S(d - 1 - ins.arg)}, ${top});`);
        break;
      case Op.LIST_TO_TUPLE:
        emit(`${top} = new PyTuple(${top}.items);`);
        break;
      case Op.UNPACK_SEQUENCE: {
        // Exact tuples and lists of the right length inline (cold-ops.ts unpackItems), the rest via the helper.
        const n = ins.arg;
        let fast = '';
        let slow = '';
        for (let j = 0; j < n; j++) {
          fast += ` ${S(d - 1 + j)} = b[${n - 1 - j}];`;
          slow += ` ${S(d - 1 + j)} = w[${j}];`;
        }
        emit(`a = ${top}; if (typeof a === 'object' && ((t = a.cls) === tupleType || t === listType) && (b = a.items).length === ${n}) {${fast} }`
          + ` else { ${branchSite(off)}w = [a]; unpackSequence(w, 1, ${n});${slow} }`);
        break;
      }
      case Op.BUILD_SET: case Op.BUILD_MAP: case Op.FORMAT_VALUE: case Op.UNPACK_EX:
      case Op.BEFORE_WITH: case Op.MAKE_FUNCTION: case Op.CALL_FUNCTION_EX: case Op.WITH_EXCEPT_START: {
        const k = windowSize(ins);
        const after = k + (typeof OPCODES[ins.op].effect === 'number' ? OPCODES[ins.op].effect as number : (OPCODES[ins.op].effect as (n: number) => number)(ins.arg));
        const win = [];
        for (let i = d - k; i < d; i++) win.push(S(i));
        let back = '';
        for (let j = 0; j < after; j++) back += ` ${S(d - k + j)} = w[${j}];`;
        emit(`${site(off)}w = [${win.join(', ')}]; ${windowCall(ins)};${back}`);
        break;
      }
      case Op.KW_NAMES:
        kw = ins.arg;
        break;
      case Op.CALL: {
        const n = ins.arg;
        const base = d - n - 2;
        const args = [];
        for (let i = base + 2; i < d; i++) args.push(S(i));
        let plain: string;
        let method: string;
        const keywords = kw >= 0;
        if (keywords) {
          plain = `callArgs(${S(base + 1)}, [${args.join(', ')}], K[${kw}])`;
          method = `callArgs(${S(base)}, [${[S(base + 1), ...args].join(', ')}], K[${kw}])`;
          kw = -1;
        } else {
          plain = n <= 3 ? `call${n}(${[S(base + 1), ...args].join(', ')})` : `callArgs(${S(base + 1)}, [${args.join(', ')}], undefined)`;
          method = n + 1 <= 3 ? `call${n + 1}(${[S(base), S(base + 1), ...args].join(', ')})` : `callArgs(${S(base)}, [${[S(base + 1), ...args].join(', ')}], undefined)`;
        }
        const general = `v = ${S(base)} === undefined ? ${plain} : ${method}; if (v === RAISED) ${raised} ${S(base)} = v;`;
        const special = !keywords
          ? specializedCall(loadedAs[base], true, n) ?? specializedCall(loadedAs[base + 1], false, n) : undefined;
        if (special === undefined) emit(`${site(off)}${general}`);
        else {
          const at = branchSite(off);
          emit(`if (${special.guard(S(base), S(base + 1), args)}) { ${special.body(S(base), S(base + 1), args, at)} }`
            + ` else { ${at}${general} }`);
        }
        break;
      }
      case Op.LOAD_BUILD_CLASS:
        emit(`${S(d)} = buildClassFunction;`);
        break;
      case Op.IMPORT_NAME:
        emit(`${site(off)}${S(d - 2)} = importName(${str(ins.arg)}, G, ${top}, ${S(d - 2)});`);
        break;
      case Op.IMPORT_FROM:
        emit(`${site(off)}${S(d)} = importFrom(${top}, ${str(ins.arg)});`);
        break;
      case Op.IMPORT_STAR:
        emit(`${site(off)}importStar(${top}, LD ?? G);`);
        break;
      case Op.PRINT_EXPR:
        emit(`${site(off)}printExpr(B, ${top});`);
        break;
      default:
        throw new Untranslatable(OPCODES[ins.op].name);
    }
  }

  const handlerCases: string[] = [];
  for (let i = 0; i < table.length; i += 4) {
    const h = table[i + 2];
    const hd = an.depth[h];
    if (hd >= 0 && !handlerCases.some((c) => c.startsWith(`case ${h}:`))) handlerCases.push(`case ${h}: ${S(hd - 1)} = exc; break;`);
  }
  const locals = [];
  for (let i = 0; i < nl; i++) locals.push(`${L(i)} = V[${i}]`);
  const slots = [];
  const reload = [];
  for (let i = 0; i < an.maxDepth; i++) {
    slots.push(S(i));
    reload.push(`${S(i)} = V[${nl + i}];`);
  }
  // The depth is put back from a copy, not decremented: a function first called with a long loop
  // returns for the first time from the code V8 compiled on its stack, where an operation never
  // run before (the decrement) deoptimises, and V8 reuses that code for later calls, so each
  // return deoptimised again (richards: 19 times, 2 ms each).
  // The dispatch, then what an exception from it does in this frame: its traceback entry
  // (unless re-raised) and `__context__`.
  const run = `if (thrown !== undefined) {
      // gen.throw(): the exception is raised at the yield the frame is suspended in.
      exc = thrown;
      thrown = undefined;
      pc = f.ip - 1;
    } else try {
      dispatch: for (;;) switch (pc) {
${out.join('\n')}
        default: throw new Error('compiled ' + CODE.qualname + ' has no offset ' + pc);
      }
    } catch (err) {
      exc = asPyException(err);
      if (exc === null) throw err;
    }
    if (!rr) {
      if (exc.traceback === null && st.handled !== null && st.handled !== exc && exc.context === null) exc.context = st.handled;
      addTraceback(exc, CODE.filename, lineForOffset(CODE.lineTable, pc), CODE.name);
    }`;
  // Without handlers an exception only leaves: nothing after the catch runs the dispatch again,
  // so for V8 only pc and the exception are live there. With the loop back to a handler, every
  // variable is, at each of the hundreds of places that can throw, which made V8 take 200-260 ms
  // to compile nbody's advance().
  const body = table.length === 0 ? `
    ${run}
    st.raised = exc;
    return RAISED;` : `
  for (;;) {
    ${run}
    rr = false;
    i = findHandler(CODE.exceptionTable, pc);
    if (i < 0) { st.raised = exc; return RAISED; }
    pc = CODE.exceptionTable[i + 2];
    switch (pc) { ${handlerCases.join(' ')} }
  }`;
  return `
const st = currentVM();
const fresh = entry < 0;
let outer = null, depth = 0;
if (fresh) {
  depth = st.depth;
  if (++st.depth > st.recursionLimit) { st.depth = depth; throw recursionError(); }
  outer = st.frame;
  st.frame = f;
}
const V = f.values, C = f.cells, G = f.globals, B = f.builtins, LD = f.localsDict;
let ${['pc = 0', 'a', 'b', 'e', 't', 'v', 'i', 'w', 'x', 'y', 'exc', 'rr = false', ...locals, ...slots, ...[...rawSlots].map((i) => `f${i}`), ...[...unboxed.floatLocals].map(D)].join(', ')};
try {
  pc = fresh ? f.ip : entry;
  if (pc !== 0) { ${reload.join(' ')} }
  if (fresh && --st.budget <= 0) tick();${body}
} finally {
  if (fresh) { st.depth = depth; st.frame = outer; }
}`;
}
