// Builds @kmamal/sdl's native module against the system's SDL2 (the SDL window backend).
// Run from the root `postinstall`; never fails the install: without libsdl2-dev or a compiler it
// prints one line and exits 0, and cpygame then runs without the window backend.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const force = process.argv.includes('--force');

function say(message) {
  console.log(`cpygame: ${message}`);
}

function skip(reason) {
  say(`SDL window backend not built: ${reason}. The terminal and headless backends still work.`);
  process.exit(0);
}

function run(cmd, args) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** The directory holding SDL.h, from pkg-config or sdl2-config (libsdl2-dev provides both). */
function sdlIncludeDir() {
  for (const [cmd, args] of [['pkg-config', ['--cflags-only-I', 'sdl2']], ['sdl2-config', ['--cflags']]]) {
    if (!has(cmd)) continue;
    try {
      const dir = run(cmd, args).split(/\s+/).find((f) => f.startsWith('-I') && existsSync(join(f.slice(2), 'SDL.h')));
      if (dir) return dir.slice(2);
    } catch {
      // not installed for this tool; try the next
    }
  }
  return null;
}

function sdlLibDir() {
  try {
    const dir = run('pkg-config', ['--variable=libdir', 'sdl2']);
    if (dir) return dir;
  } catch {
    // fall through to sdl2-config
  }
  const flag = run('sdl2-config', ['--libs']).split(/\s+/).find((f) => f.startsWith('-L'));
  return flag ? flag.slice(2) : '/usr/lib';
}

function sdlVersion() {
  try {
    return run('pkg-config', ['--modversion', 'sdl2']);
  } catch {
    return run('sdl2-config', ['--version']);
  }
}

// @kmamal/sdl 0.11 targets SDL 2.32; Debian 12 has 2.26. These are the only three names it uses
// that older headers lack; an SDL that old never emits those events, so the stand-ins are inert.
function wrapperHeader(realHeader) {
  return `/* Written by cpygame's scripts/build-sdl.mjs: the system SDL.h plus names newer SDLs add. */
#ifndef CPYGAME_SDL_WRAPPER_H
#define CPYGAME_SDL_WRAPPER_H
#include "${realHeader}"
#if !SDL_VERSION_ATLEAST(2, 28, 0)
#define SDL_DISPLAYEVENT_MOVED 4
#endif
#if !SDL_VERSION_ATLEAST(2, 30, 0)
#define SDL_CONTROLLERSTEAMHANDLEUPDATED 0x65B
static inline Uint64 SDL_GameControllerGetSteamHandle(SDL_GameController *) { return 0; }
#endif
#endif
`;
}

/** npm's own node-gyp (npm bundles it), so the build needs no download. */
function nodeGyp() {
  const npmCli = process.env.npm_execpath || (has('npm') ? realpathSync(run('sh', ['-c', 'command -v npm'])) : '');
  for (const base of [dirname(dirname(npmCli)), join(dirname(dirname(process.execPath)), 'lib/node_modules/npm')]) {
    const gyp = join(base, 'node_modules/node-gyp/bin/node-gyp.js');
    if (existsSync(gyp)) return gyp;
  }
  return null;
}

function main() {
  if (process.env.CPYGAME_SKIP_SDL) skip('CPYGAME_SKIP_SDL is set');
  const require = createRequire(join(ROOT, 'package.json'));
  let pkgDir;
  try {
    // The package's "exports" hides package.json, so walk up from its entry point.
    pkgDir = dirname(require.resolve('@kmamal/sdl'));
    while (!existsSync(join(pkgDir, 'binding.gyp'))) {
      if (dirname(pkgDir) === pkgDir) throw new Error('no binding.gyp');
      pkgDir = dirname(pkgDir);
    }
  } catch {
    skip('@kmamal/sdl is not installed');
  }
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  const target = join(pkgDir, 'dist/sdl.node');
  if (existsSync(target) && !force) {
    say(`SDL window backend already built (@kmamal/sdl ${version}; --force rebuilds)`);
    return;
  }
  const include = sdlIncludeDir();
  if (!include) skip('libsdl2-dev is not installed (apt-get install libsdl2-dev, then npm run build:sdl)');
  for (const tool of ['make', 'c++', 'python3']) {
    if (!has(tool)) skip(`${tool} is missing (needed by node-gyp)`);
  }
  const gyp = nodeGyp();
  if (!gyp) skip("npm's bundled node-gyp was not found");

  // binding.gyp takes one include directory: the wrapper SDL.h beside links to the other headers.
  const wrapperDir = join(pkgDir, 'sdl/include');
  rmSync(wrapperDir, { recursive: true, force: true });
  mkdirSync(wrapperDir, { recursive: true });
  for (const name of readdirSync(include)) {
    if (name !== 'SDL.h') symlinkSync(join(include, name), join(wrapperDir, name));
  }
  writeFileSync(join(wrapperDir, 'SDL.h'), wrapperHeader(join(include, 'SDL.h')));

  const args = [gyp, 'rebuild', '-j', 'max'];
  // Headers of the running Node (a Debian/NodeSource install keeps them in <prefix>/include/node);
  // without this node-gyp would try to download them.
  const prefix = dirname(dirname(process.execPath));
  if (!process.env.npm_config_nodedir && existsSync(join(prefix, 'include/node/node_api.h'))) {
    args.push(`--nodedir=${prefix}`);
  }
  const logPath = join(pkgDir, 'build-sdl.log');
  say(`building the SDL window backend (@kmamal/sdl ${version} against SDL ${sdlVersion()}; log: ${logPath})…`);
  const log = openSync(logPath, 'w');
  const started = Date.now();
  const r = spawnSync(process.execPath, args, {
    cwd: pkgDir,
    stdio: ['ignore', log, log],
    env: { ...process.env, SDL_INC: wrapperDir, SDL_LIB: sdlLibDir() },
  });
  const built = join(pkgDir, 'build/Release/sdl.node');
  if (r.status !== 0 || !existsSync(built)) {
    const tail = readFileSync(logPath, 'utf8').trim().split('\n').slice(-5).join('\n  ');
    say(`  ${tail}`);
    skip(`the build failed (see ${logPath})`);
  }
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(built, target);
  rmSync(join(pkgDir, 'build'), { recursive: true, force: true });
  say(`SDL window backend built in ${Math.round((Date.now() - started) / 1000)} s`);
}

main();
