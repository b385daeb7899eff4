// The sandboxed file system's FsError as the OSError a program sees.
import { newOSError } from '../objects';
import { FsError } from '../runtime/sandbox-fs';

/** Runs f, turning a file-system refusal into OSError(errno, strerror, filename). */
export function withOSError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof FsError) throw newOSError(e.errno, e.strerror, e.filename);
    throw e;
  }
}
