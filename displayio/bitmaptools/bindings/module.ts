// The bitmaptools module for one run (its Colorspace arguments are displayio's enum).
// Register in src/modules/registry.ts: `bitmaptoolsModule`.
import type { NativeModule } from '../../../src/modules/module-def';
import type { Runtime } from '../../../src/runtime/runtime';
import { contextFor } from '../../bindings/module';
import { blendFunctions } from './blend';
import { copyFunctions } from './copy';
import { drawFunctions } from './draw';

export const bitmaptoolsModule: NativeModule = {
  name: 'bitmaptools',
  build(rt: Runtime) {
    return { ...drawFunctions(), ...copyFunctions(), ...blendFunctions(contextFor(rt).types.Colorspace) };
  },
};
