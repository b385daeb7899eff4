#!/usr/bin/env node
// Loads the bundle through V8's code cache: compiling the 1 MB bundle was a fifth of the start-up
// time of an empty program. The cache sits beside the bundle, is named after the bundle's size
// and mtime (V8 itself checks only the source length), is written once after a run that had
// none, and any failure to read or write it just means compiling as before.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

// Node's own modules come with code caches that V8 rejects once the flags below are set, and each
// one loaded later is compiled from source: load before them those nearly every run needs. The
// options parser; and for output to a pipe (tests, benchmarks, `| less`) the socket that
// process.stdout becomes (net: 1.3 ms cached, 3.9 ms compiled).
void require('node:util').parseArgs;
try {
  const out = fs.fstatSync(1);
  if (out.isFIFO() || out.isSocket()) require('node:net');
} catch {
  // No stdout: nothing to prepare.
}

// V8 rejects a cache made under other flags, and src/cli/main.ts changes one when it starts: set
// it before compiling too, so that loading and writing the cache see the same flags.
require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
// V8 moves objects made where most survived (the tuple keys of a growing dict) straight to the old
// space, and then every later tuple from that place lands there too and stays until a full GC:
// wordcount peaked at 318 MB with it, 195 MB without.
require('node:v8').setFlagsFromString('--no-allocation-site-pretenuring');
// After a full GC V8 lets the old space grow up to about 4x what survived before collecting again;
// short-lived text promoted by scavenges then piles up (bench/strings.py: 12 MB live, 155 MB peak).
// 1.5x keeps that peak at 127 MB; the other benchmarks' times did not move beyond noise.
require('node:v8').setFlagsFromString('--heap-growing-percent=50');

const file = path.join(__dirname, '../dist/cpygame.js');
const st = fs.statSync(file);
const cacheFile = `${file}.${st.size}-${Math.floor(st.mtimeMs)}.cache`;
// Memory touched for the first time is dear at start-up: a page fault per 4 KB, ~20 us each on
// the VMs measured here, and most of an empty program's time over node's own. So one buffer
// serves both reads (the source is copied out into a string before the cache is read over it),
// and the source is decoded as latin1, a plain copy, where utf8 went through one more buffer:
// 1418 -> 1040 faults from here to the compiled script. scripts/build.mjs keeps the bundle ASCII.
let cacheSize = 0;
try { cacheSize = fs.statSync(cacheFile).size; } catch { /* no cache yet */ }
const buffer = Buffer.allocUnsafe(Math.max(st.size, cacheSize));
const source = buffer.toString('latin1', 0, readInto(file, buffer));
let cachedData;
try { cachedData = buffer.subarray(0, readInto(cacheFile, buffer)); } catch { cachedData = undefined; }

// The bundle is a function expression of the module parameters (scripts/build.mjs wraps it).
const script = new vm.Script(source, { filename: file, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  process.once('exit', () => {
    try {
      for (const f of fs.readdirSync(path.dirname(file))) {
        if (f.startsWith('cpygame.js.') && f.endsWith('.cache')) fs.rmSync(path.join(path.dirname(file), f), { force: true });
      }
      const tmp = `${cacheFile}.${process.pid}`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, cacheFile);
    } catch {
      // A read-only install runs without the cache.
    }
  });
}

const m = new Module(file, module);
m.filename = file;
m.paths = Module._nodeModulePaths(path.dirname(file));
script.runInThisContext().call(m.exports, m.exports, Module.createRequire(file), m, file, path.dirname(file));

/** Reads the file into the start of `into` (up to its length) and returns the bytes read. */
function readInto(name, into) {
  const fd = fs.openSync(name, 'r');
  try {
    let n = 0;
    for (let k; n < into.length && (k = fs.readSync(fd, into, n, into.length - n, n)) > 0;) n += k;
    return n;
  } finally {
    fs.closeSync(fd);
  }
}
