// Bundles the CLI (dist/cpygame.js) and the library API used by tests and benchmarks (dist/index.js).
// Native packages stay external because esbuild cannot bundle .node files.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

// For each `import * as fs from 'node:fs'` esbuild copies every property of the module into a
// fresh namespace object, once per importing file: eleven copies of fs took ~6 ms of every start.
// Routing imports of node builtins through one re-exporting module per builtin makes one copy.
const sharedBuiltins = {
  name: 'shared-node-builtins',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => (args.kind === 'import-statement' && args.namespace !== 'builtin'
      ? { path: args.path, namespace: 'builtin' }
      : { path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `export * from '${args.path}';`, loader: 'js' }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  // Comments and whitespace were 30% of the bundle, and a few non-ASCII characters in comments
  // made the whole source a two-byte string: reading it at start took 24 -> 10 ms. Names stay, so
  // that an internal error's stack still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  external: ['@kmamal/sdl', '@napi-rs/canvas'],
  plugins: [sharedBuiltins],
  logLevel: 'warning',
};

// bin/cpygame.js compiles the bundle as one function of node's module parameters. Wrapped here,
// the 740 KB source is not joined to the wrapper at every start, which V8 then copied into one
// string: page faults of an empty run 3950 -> 3840.
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cpygame.js',
  banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
  footer: { js: '})' },
});
// bin/cpygame.js decodes the bundle as latin1, exact only for ASCII. esbuild escapes non-ASCII
// characters in code and minifying drops comments; a kept legal comment could still bring some.
if (/[^\x00-\x7f]/.test(readFileSync('dist/cpygame.js', 'latin1'))) {
  throw new Error('dist/cpygame.js has non-ASCII characters, which bin/cpygame.js would misread');
}
if (existsSync('src/index.ts')) {
  await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
}
