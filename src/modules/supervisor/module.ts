// supervisor: ticks_ms with the board's wrap, reload requests, the next code file and the runtime
// status object. reference: runtime-modules.md §1–2.
import { defineFunction, defineClass, None, PyObject, PyType, PyValue, typeName, newTypeError, isTrue } from '../../objects';
import { ProgramStop, type Runtime } from '../../runtime/runtime';
import type { NativeModule } from '../module-def';

class RuntimeStatus extends PyObject {
  autoreload = true;
  constructor(cls: PyType, readonly rt: Runtime) {
    super(cls);
  }
}

class StatusBar extends PyObject {
  console = true;
  display = true;
}

const runtimeType = defineClass({
  name: 'Runtime',
  module: 'supervisor',
  subclassable: false,
  properties: {
    // A display terminal counts as a connected console on these boards (runtime-modules.md §2).
    serial_connected: { get: () => true },
    serial_bytes_available: { get: () => 0 },
    usb_connected: { get: () => true },
    display: { get: (self: RuntimeStatus) => self.rt.displayObject ?? None },
    autoreload: {
      get: (self: RuntimeStatus) => self.autoreload,
      set: (self: RuntimeStatus, v: PyValue) => { self.autoreload = isTrue(v); },
    },
  },
});

const statusBarType = defineClass({
  name: 'StatusBar',
  module: 'supervisor',
  subclassable: false,
  properties: {
    console: { get: (self: StatusBar) => self.console, set: (self: StatusBar, v: PyValue) => { self.console = isTrue(v); } },
    display: { get: (self: StatusBar) => self.display, set: (self: StatusBar, v: PyValue) => { self.display = isTrue(v); } },
  },
});

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
      runtime: new RuntimeStatus(runtimeType, rt),
      status_bar: new StatusBar(statusBarType),
    };
  },
};
