// The library face of cpygame, bundled as dist/index.js for the tests and benchmarks: run a
// program or a game's screenshot cases in this process, headless and deterministic.
export { runHeadless, exitStatus, boardFor, deviceExactFor, recordedStart } from './cli/run';
export type { HeadlessConfig, HeadlessRun } from './cli/run';
export { runCase, gameCases, caseFrames } from './cli/test';
export type { CaseOutcome } from './cli/test';
export { resolveTarget } from './runtime/program-files';
export { parseRunOptions } from './cli/options';
export { loadBoard } from '../ports/board';
export { parseInputScript } from '../ports/backends/input-script';
export { runInteractive } from './cli/interactive';
