// displayio.OnDiskBitmap(file) as Python sees it: a path or a file opened in binary mode; the
// bytes are read once through the run's sandboxed file system. reference: displayio-objects.md.
import {
  callMethod, defineClass, lookupAttr, newOSError, newTypeError, PyType, PyValue, bytesLike,
} from '../../src/objects';
import type { Runtime } from '../../src/runtime/runtime';
import { FsError } from '../../src/runtime/sandbox-fs';
import { OnDiskBitmap } from '../OnDiskBitmap';
import type { DisplayioContext } from './context';
import { guard, nativeOf } from './convert';
import { OnDiskBitmapObj } from './objects';

function readAll(rt: Runtime, file: PyValue): Uint8Array {
  if (typeof file === 'string') {
    try {
      return rt.fs.readFile(file);
    } catch (e) {
      if (e instanceof FsError) throw newOSError(e.errno, e.errno === 2 ? 'No such file/directory' : e.strerror);
      throw e;
    }
  }
  if (typeof file === 'object' && lookupAttr(file, 'read') !== undefined) {
    // CircuitPython reads at absolute offsets, so the file's current position does not matter.
    if (lookupAttr(file, 'seek') !== undefined) callMethod(file, 'seek', [0]);
    const data = bytesLike(callMethod(file, 'read', []));
    if (data) return data;
  }
  throw newTypeError('file must be a file opened in byte mode');
}

export function defineOnDiskBitmapType(ctx: DisplayioContext, rt: Runtime): PyType {
  const odbOf = (self: OnDiskBitmapObj) => nativeOf(self.odb);
  return defineClass({
    name: 'OnDiskBitmap',
    module: 'displayio',
    alloc: (cls) => new OnDiskBitmapObj(cls),
    init: ['__init__(self, file, /)', (self: OnDiskBitmapObj, file: PyValue) => {
      const data = readAll(rt, file);
      self.odb = guard(() => new OnDiskBitmap(data.slice()));
      self.shader = ctx.wrap(self.odb.pixelShader);
    }],
    properties: {
      width: { get: (s: OnDiskBitmapObj) => odbOf(s).width },
      height: { get: (s: OnDiskBitmapObj) => odbOf(s).height },
      pixel_shader: { get: (s: OnDiskBitmapObj) => { odbOf(s); return s.shader!; } },
    },
  });
}
