// The vectorio module for one run. Register in src/modules/registry.ts: `vectorioModule`.
import type { NativeModule } from '../../../src/modules/module-def';
import { defineShapeTypes } from './shapes';

export const vectorioModule: NativeModule = {
  name: 'vectorio',
  build() {
    return { ...defineShapeTypes() };
  },
};
