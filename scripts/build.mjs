// Bundles the CLI into dist/cpygame.js; native packages stay external because esbuild cannot bundle .node files.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cpygame.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  external: ['@kmamal/sdl', '@napi-rs/canvas'],
  logLevel: 'warning',
});
