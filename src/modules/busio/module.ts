// busio: I2C (with the board's LIS3DH answering), SPI and UART; plus boardObjects(rt), the
// board.I2C()/STEMMA_I2C()/SPI()/UART() singletons that the board module lists.
import { PyType, PyValue, call, defineFunction } from '../../objects';
import type { Runtime } from '../../runtime/runtime';
import { PinTable } from '../microcontroller/Pin';
import type { NativeModule } from '../module-def';
import { I2CObj, boardTargets, makeI2CType } from './I2C';
import { spiType, uartType } from './SPI';
import type { I2CTarget } from './lis3dh';

interface Busio { i2cType: PyType; targets: Map<number, I2CTarget>; singletons: Map<string, PyValue> }

const perRuntime = new WeakMap<Runtime, Busio>();

function busioOf(rt: Runtime): Busio {
  let b = perRuntime.get(rt);
  if (b === undefined) {
    const targets = boardTargets(rt);
    b = { i2cType: makeI2CType(() => targets), targets, singletons: new Map() };
    perRuntime.set(rt, b);
  }
  return b;
}

/** The bus objects board.json "objects" names, as functions returning one shared bus each. */
export function boardObjects(rt: Runtime): Record<string, PyValue> {
  const b = busioOf(rt);
  const pins = new PinTable();
  const pin = (name: string) => pins.get(rt.hardware.pin(name));
  const singleton = (key: string, make: () => PyValue) => () => {
    let v = b.singletons.get(key);
    if (v === undefined || (v instanceof I2CObj && v.pins === null)) {
      v = make();
      b.singletons.set(key, v);
    }
    return v;
  };
  const i2c = singleton('I2C', () => call(b.i2cType, [pin('SCL'), pin('SDA')]));
  const makers: Record<string, () => PyValue> = {
    I2C: i2c,
    STEMMA_I2C: i2c,
    SPI: singleton('SPI', () => call(spiType, [pin('SCK'), pin('MOSI'), pin('MISO')])),
    UART: singleton('UART', () => call(uartType, [pin('TX'), pin('RX')])),
  };
  const out: Record<string, PyValue> = {};
  for (const name of rt.board.objects) {
    if (name in makers) out[name] = defineFunction(`${name}()`, makers[name]);
  }
  return out;
}

export const busioModule: NativeModule = {
  name: 'busio',
  build(rt: Runtime) {
    return { I2C: busioOf(rt).i2cType, SPI: spiType, UART: uartType };
  },
};
