// The board's Python heap, estimated (device-exact mode). A program that fits in a desktop's
// gigabytes may not fit in the board's RAM, so every so often the objects a program can reach are
// walked and their sizes on the board summed; past the heap's capacity the program gets the
// board's MemoryError. gc.mem_free()/mem_alloc() report from the same sum.
//
// Accuracy: the sizes are those of CircuitPython 9.x's structs on a 32-bit SAMD51 with object
// representation C (floats and ints of magnitude below 2**30 are immediate and cost nothing; every
// allocation is rounded up to 16-byte GC blocks, and the allocation table costs 3 bits a block),
// counted from what is reachable: sys.modules' source modules, running frames and the display's
// root group. It is an estimate, good to perhaps a quarter either way, not a replay of the board's
// allocator:
//  - capacities of lists and dicts are guessed from their lengths (the board over-allocates on
//    growth); strings are counted once per distinct value, names (dict keys) as interned qstrs;
//  - the second tier (vm/jit/) keeps a compiled function's locals in JS variables, so a running
//    compiled frame shows only what its `values` held at entry (its arguments);
//  - a frame does not link to its caller here, so the running frames are those seen innermost at
//    recent background ticks (board-heap-guard.ts): a frame that has just returned still counts
//    for a while, and an outer function's locals are missed if it never sleeps and no VM tick
//    lands in its own code;
//  - the firmware's own share at start (sys, the main module, interned names) is a fixed figure,
//    and bytecode size is approximated from cpygame's own instruction count;
//  - garbage is never counted (as if the board collected at every check), and fragmentation, which
//    on the board can make a large allocation fail while enough memory is free in total, is not
//    modelled; nor are the compiler's temporary allocations while a module is imported.
import { BitmapObj, GroupObj, OnDiskBitmapObj, PaletteObj, TileGridObj } from '../../displayio/bindings/objects';
import { VectorShapeObj } from '../../displayio/vectorio/bindings/objects';
import { CodeObject } from '../bytecode/code-object';
import { PyCell } from '../objects/cell';
import { PyFloat, PyObject, PyType, type PyValue } from '../objects/core';
import { PyByteArray, PyBytes, PyDict, PyList, PyMethod, PyModule, PySet, PyTuple } from '../objects';
import { PyFunction } from '../objects/function';
import { PyInstance } from '../objects/instance';
import { PyGenerator } from '../objects/generator';
import type { Frame } from '../vm/frame';

const BLOCK = 16;
/** Each 16-byte block also costs 2 allocation-table bits and 1 finaliser bit. */
const BLOCK_COST = BLOCK + 3 / 8;
const SMALL_INT_LIMIT = 2 ** 30;
/** What the firmware has allocated on the heap before the first line of code.py runs. */
const FIRMWARE_SHARE = 4096;
/** MicroPython's hash tables take their sizes from this list. */
const TABLE_SIZES = [0, 2, 4, 8, 17, 37, 67, 131, 257, 521, 1031, 2053, 4099, 8209, 16411, 32771, 65537, 131101, 262147];

function blocks(bytes: number): number {
  return Math.ceil(bytes / BLOCK) * BLOCK;
}

function tableSize(used: number): number {
  for (const size of TABLE_SIZES) if (size >= used) return size;
  return used;
}

/** What the walk starts from. */
export interface HeapRoots {
  modules: PyDict;
  /** Frames that are (or very recently were) running. */
  frames: Iterable<Frame>;
  /** The Python object of the display's root group, when the program set one. */
  rootGroup: PyValue | null;
}

export class BoardHeap {
  /** Bytes the board's allocator can hand out (heap size less its allocation tables). */
  readonly capacity: number;
  private seen = new Set<object>();
  private seenStrings = new Set<string>();
  private visited = 0;
  private bytes = 0;

  constructor(heapBytes: number) {
    this.capacity = Math.floor(heapBytes / BLOCK_COST) * BLOCK;
  }

  /** The estimated bytes in use by the program's live objects. */
  measure(roots: HeapRoots): { bytes: number; objects: number } {
    this.seen = new Set();
    this.seenStrings = new Set();
    this.visited = 0;
    this.bytes = FIRMWARE_SHARE;
    for (const m of roots.modules.map.values()) {
      if (m instanceof PyModule && m.dict.getStr('__file__') !== undefined) this.value(m);
    }
    for (const f of roots.frames) this.frame(f);
    if (roots.rootGroup !== null) this.value(roots.rootGroup);
    return { bytes: this.bytes, objects: this.visited };
  }

  private add(bytes: number): void {
    this.bytes += blocks(bytes);
  }

  private values(items: Iterable<PyValue | undefined>): void {
    for (const v of items) if (v !== undefined) this.value(v);
  }

  private value(v: PyValue): void {
    switch (typeof v) {
      case 'number':
        if (v >= SMALL_INT_LIMIT || v < -SMALL_INT_LIMIT) this.bigInt(v.toString(16).length);
        return;
      case 'bigint':
        this.bigInt((v < 0n ? -v : v).toString(16).length);
        return;
      case 'string':
        if (this.seenStrings.has(v)) return;
        this.seenStrings.add(v);
        this.add(16);
        this.add(v.length + 1); // as if ASCII: counting UTF-8 bytes would double the walk's time
        return;
      case 'boolean':
        return;
      default:
        if (v instanceof PyFloat || this.seen.has(v)) return;
        this.seen.add(v);
        this.visited++;
        this.object(v);
    }
  }

  /** An mpz: the object, then its 16-bit digits. */
  private bigInt(hexDigits: number): void {
    this.add(16);
    this.add(Math.ceil(hexDigits / 4) * 2);
  }

  private object(o: PyObject): void {
    if (o instanceof PyList) {
      this.add(16);
      this.add(Math.max(4, o.items.length) * 4);
      this.values(o.items);
    } else if (o instanceof PyTuple) {
      this.add(8 + 4 * o.items.length);
      this.values(o.items);
    } else if (o instanceof PyDict) {
      this.dict(o);
    } else if (o instanceof PySet) {
      this.add(16);
      this.add(tableSize(o.map.size) * 4);
      this.values(o.map.values());
    } else if (o instanceof PyBytes || o instanceof PyByteArray) {
      this.add(16);
      this.add(o.data.length + 1);
    } else if (o instanceof PyModule) {
      this.add(8);
      this.namespace(o.dict);
    } else if (o instanceof PyFunction) {
      this.add(20 + 4 * (o.defaults?.length ?? 0));
      if (o.closure !== null) this.add(12 + 4 * o.closure.length);
      this.code(o.code);
      this.values(o.defaults ?? []);
      this.values(o.kwdefaults?.values() ?? []);
      this.values(o.closure ?? []);
      this.value(o.globals);
    } else if (o instanceof PyCell) {
      this.add(8);
      if (o.value !== undefined) this.value(o.value);
    } else if (o instanceof PyMethod) {
      this.add(12);
      this.value(o.func);
      this.value(o.self);
    } else if (o instanceof PyGenerator) {
      this.add(32 + 4 * o.frame.values.length);
      this.frame(o.frame);
    } else if (o instanceof PyType) {
      if (!o.isHeapType) return; // built-in types live in flash
      this.add(64 + 16 + tableSize(o.typeDict.size) * 8);
      for (const [k, v] of o.typeDict) {
        this.name(k);
        this.value(v);
      }
    } else {
      this.native(o);
    }
    if (o.dict instanceof PyDict && !(o instanceof PyModule)) this.namespace(o.dict);
    else if (o instanceof PyInstance && o.shape !== null) this.shapedAttributes(o);
  }

  /** Attributes kept by layout (objects/instance.ts): on the board they are the instance's dict. */
  private shapedAttributes(o: PyInstance): void {
    const names = o.shape!.names;
    this.add(16);
    this.add(tableSize(names.length) * 8);
    for (const n of names) this.name(n);
    this.values(o.values);
  }

  /** The namespace of an instance, module or class, unless already reached as a value. */
  private namespace(d: PyDict): void {
    if (this.seen.has(d)) return;
    this.seen.add(d);
    this.dict(d);
  }

  private dict(d: PyDict): void {
    this.add(16);
    this.add(tableSize(d.map.size) * 8);
    for (const [k, v] of d.map) {
      if (typeof k === 'string') this.name(k);
      else this.value(d.keyObjs?.get(k) ?? (k as PyValue));
      this.value(v);
    }
  }

  /** A str used as a name (a dict key, an attribute): interned, it costs its bytes and 3 more in a qstr pool. */
  private name(s: string): void {
    if (this.seenStrings.has(s)) return;
    this.seenStrings.add(s);
    this.bytes += s.length + 3;
  }

  /** Bytecode, constants and the function's header; counted once per code object. */
  private code(c: CodeObject): void {
    if (this.seen.has(c)) return;
    this.seen.add(c);
    this.add(24 + c.code.length + 4 * (c.consts.length + c.names.length));
    for (const n of c.names) this.name(n);
    for (const k of c.consts) if (k instanceof CodeObject) this.code(k);
  }

  private frame(f: Frame): void {
    if (this.seen.has(f)) return;
    this.seen.add(f);
    this.values(f.values);
    for (const cell of f.cells) this.value(cell);
    if (f.localsDict !== null) this.value(f.localsDict);
  }

  /** Native objects: displayio's with their pixel storage, anything else as a small struct. */
  private native(o: PyObject): void {
    if (o instanceof BitmapObj) {
      this.add(48);
      if (o.bitmap) this.add(o.bitmap.words.byteLength);
    } else if (o instanceof PaletteObj) {
      this.add(20);
      if (o.palette) this.add(12 * o.palette.count);
    } else if (o instanceof TileGridObj) {
      this.add(96);
      if (o.grid) this.add(o.grid.tiles.length);
      if (o.bitmap !== null) this.value(o.bitmap);
      if (o.shader !== null) this.value(o.shader);
    } else if (o instanceof GroupObj) {
      this.add(32);
      const members = o.group?.members ?? [];
      this.add(16);
      this.add(Math.max(4, members.length) * 4);
      for (const m of members) if (m.owner) this.value(m.owner as PyValue);
    } else if (o instanceof OnDiskBitmapObj) {
      this.add(64);
      if (o.shader !== null) this.value(o.shader);
    } else if (o instanceof VectorShapeObj) {
      this.add(64);
      if (o.shader !== null) this.value(o.shader);
    } else {
      // An instance of a Python class: the object and its attribute map (the dict is added after).
      this.add(o.cls.isHeapType ? 16 : 32);
    }
  }
}
