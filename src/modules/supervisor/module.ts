// supervisor: ticks_ms with the board's wrap, reload requests, the next code file and the runtime
// status object. reference: runtime-modules.md §1–2.
import { defineFunction } from '../../objects';
import { PyGetSetDescriptor } from '../../objects';
import { makeNativeType, None, PyObject, PyValue, typeName } from '../../objects';
import { newTypeError } from '../../objects';
import { isTrue } from '../../objects';
import { ProgramStop, type Runtime } from '../../runtime/runtime';
import type { NativeModule } from '../module-def';

const runtimeType = makeNativeType('Runtime', undefined, 'supervisor');
const statusBarType = makeNativeType('StatusBar', undefined, 'supervisor');

class RuntimeStatus extends PyObject {
  autoreload = true;
  constructor(readonly rt: Runtime) {
    super(runtimeType);
  }
}

class StatusBar extends PyObject {
  console = true;
  display = true;
  constructor() {
    super(statusBarType);
  }
}

const prop = (t: typeof runtimeType, name: string, get: (self: any) => PyValue, set: ((self: any, v: PyValue) => void) | null = null) =>
  t.typeDict.set(name, new PyGetSetDescriptor(name, t, get, set));
prop(runtimeType, 'serial_connected', () => true);
prop(runtimeType, 'serial_bytes_available', () => 0);
prop(runtimeType, 'usb_connected', () => true);
prop(runtimeType, 'display', (self: RuntimeStatus) => self.rt.display === null ? None : (self.rt.displayObject ?? None));
prop(runtimeType, 'autoreload', (self: RuntimeStatus) => self.autoreload, (self: RuntimeStatus, v) => { self.autoreload = isTrue(v); });
prop(statusBarType, 'console', (self: StatusBar) => self.console, (self: StatusBar, v) => { self.console = isTrue(v); });
prop(statusBarType, 'display', (self: StatusBar) => self.display, (self: StatusBar, v) => { self.display = isTrue(v); });

export const supervisorModule: NativeModule = {
  name: 'supervisor',
  build(rt: Runtime) {
    return {
      ticks_ms: defineFunction('ticks_ms()', () => rt.ticksMs()),
      reload: defineFunction('reload()', () => {
        throw new ProgramStop('reload');
      }),
      set_next_code_file: defineFunction(
        'set_next_code_file(filename, *, reload_on_success=False, reload_on_error=False, sticky_on_success=False, sticky_on_error=False, sticky_on_reload=False)',
        (filename: PyValue) => {
          if (filename !== None && typeof filename !== 'string') {
            throw newTypeError(`filename must be of type str or None, not ${typeName(filename)}`);
          }
          rt.nextCodeFile = typeof filename === "string" ? filename : null;
          return None;
        },
      ),
      get_previous_traceback: defineFunction('get_previous_traceback()', () => rt.previousTraceback ?? None),
      reset_terminal: defineFunction('reset_terminal(x_pixels, y_pixels, /)', () => None),
      runtime: new RuntimeStatus(rt),
      status_bar: new StatusBar(),
    };
  },
};
