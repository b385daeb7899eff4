// What the runtime gives the builtins module: streams, the sandboxed file system, and hooks
// into the VM (frames for globals/locals, import, exec/eval/compile, __build_class__).
import type { PyDict, PyValue } from '../objects';

/** Where print() writes by default. */
export interface OutStream { write(text: string): void }
/** Where input() reads: one line without its newline, or null at end of input. */
export interface InStream { readline(): string | null }

/** The file-system calls open() needs (runtime/sandbox-fs.ts's SandboxFs fits); errors are FsError {errno, strerror, filename}. */
export interface FileSystem {
  readFile(path: string): Uint8Array;
  writeFileAtomic(path: string, data: Uint8Array): void;
  exists(path: string): boolean;
}

export interface BuiltinsEnv {
  stdout: OutStream;
  stdin?: InStream;
  fs?: FileSystem;
  /** globals() and locals() of the running Python code (V's vm/run.ts currentGlobals/currentLocals). */
  globals?: () => PyDict | null;
  locals?: () => PyDict | null;
  /** Entries added as-is, last (so they win over the defaults). */
  extra?: Record<string, PyValue>;
}
