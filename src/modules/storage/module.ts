// storage: remount and friends. cpygame's rule (README, "Files and saves"): the program may write
// its drive unless it remounts it read-only; a real board needs boot.py to remount it writable
// first, which cpygame accepts and does not require.
import { defineFunction, newTypeError, None, PyValue, isTrue, typeName } from '../../objects';
import type { Runtime } from '../../runtime/runtime';
import type { NativeModule } from '../module-def';

export const storageModule: NativeModule = {
  name: 'storage',
  build(rt: Runtime) {
    return {
      remount: defineFunction('remount(mount_path, readonly=False, *, disable_concurrent_write_protection=False)', (path: PyValue, readonly: PyValue) => {
        if (typeof path !== 'string') throw newTypeError(`mount_path must be of type str, not ${typeName(path)}`);
        rt.fs.writable = !isTrue(readonly);
        return None;
      }),
      getmount: defineFunction('getmount(mount_path, /)', () => None),
      disable_usb_drive: defineFunction('disable_usb_drive()', () => None),
      enable_usb_drive: defineFunction('enable_usb_drive()', () => None),
      erase_filesystem: defineFunction('erase_filesystem(*, extended=None)', () => None),
    };
  },
};
