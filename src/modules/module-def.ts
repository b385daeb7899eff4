// What a native module is: its Python name and a builder that makes its attributes for one
// Runtime (module objects are built per run, so a reload starts from fresh state).
import type { PyValue } from '../objects';
import type { Runtime } from '../runtime/runtime';

export interface NativeModule {
  name: string;
  build(rt: Runtime): Record<string, PyValue>;
}
