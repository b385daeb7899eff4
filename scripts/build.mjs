// Bundles the CLI (dist/cpygame.js) and the library API used by tests and benchmarks (dist/index.js).
// Native packages stay external because esbuild cannot bundle .node files.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  external: ['@kmamal/sdl', '@napi-rs/canvas'],
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cpygame.js' });
if (existsSync('src/index.ts')) {
  await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
}
