// bitbangio: I2C and SPI driven in software on any pins. Here they share busio's classes (the
// same emulated targets answer), since timing is not modelled.
import type { Runtime } from '../../runtime/runtime';
import { busioModule } from '../busio/module';
import type { NativeModule } from '../module-def';

export const bitbangioModule: NativeModule = {
  name: 'bitbangio',
  build(rt: Runtime) {
    const { I2C, SPI } = busioModule.build(rt);
    return { I2C, SPI };
  },
};
