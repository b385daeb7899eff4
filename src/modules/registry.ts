// Every native module, one line each. Which of them a program may import is the board's choice
// (board.json "modules"), as CircuitPython's CIRCUITPY_* flags decide on the real firmware.
import { stageModule } from '../../displayio/_stage/bindings/module';
import { bitmaptoolsModule } from '../../displayio/bitmaptools/bindings/module';
import { busdisplayModule, displayioModule, fourwireModule } from '../../displayio/bindings/module';
import { fontioModule } from '../../displayio/fontio/bindings/module';
import { terminalioModule } from '../../displayio/terminalio/bindings/module';
import { vectorioModule } from '../../displayio/vectorio/bindings/module';
import { analogioModule } from './analogio/module';
import { arrayModule } from './array/module';
import { audiocoreModule } from './audiocore/module';
import { audioioModule } from './audioio/module';
import { boardModule } from './board/module';
import { digitalioModule } from './digitalio/module';
import { gcModule } from './gc/module';
import { jsonModule } from './json/module';
import { keypadModule } from './keypad/bindings/module';
import { mathModule } from './math/module';
import { microcontrollerModule } from './microcontroller/module';
import { micropythonModule } from './micropython/module';
import type { NativeModule } from './module-def';
import { osModule } from './os/module';
import { randomModule } from './random/module';
import { storageModule } from './storage/module';
import { structModule } from './struct/module';
import { supervisorModule } from './supervisor/module';
import { timeModule } from './time/module';
import { binasciiModule } from './binascii/module';
import { tracebackModule } from './traceback/module';
import { zlibModule } from './zlib/module';
import { reModule } from './re/module';
import { busioModule } from './busio/module';
import { adafruitPixelbufModule } from './adafruit_pixelbuf/module';
import { neopixelWriteModule } from './neopixel_write/module';
import { pwmioModule } from './pwmio/module';
import { selectModule } from './select/module';
import { bitbangioModule } from './bitbangio/module';

export const NATIVE_MODULES: readonly NativeModule[] = [
  stageModule,
  analogioModule,
  arrayModule,
  audiocoreModule,
  audioioModule,
  bitmaptoolsModule,
  boardModule,
  busdisplayModule,
  digitalioModule,
  displayioModule,
  fourwireModule,
  fontioModule,
  gcModule,
  jsonModule,
  keypadModule,
  mathModule,
  microcontrollerModule,
  micropythonModule,
  osModule,
  randomModule,
  storageModule,
  structModule,
  supervisorModule,
  terminalioModule,
  timeModule,
  vectorioModule,
  binasciiModule,
  tracebackModule,
  zlibModule,
  reModule,
  busioModule,
  adafruitPixelbufModule,
  neopixelWriteModule,
  pwmioModule,
  selectModule,
  bitbangioModule,
];
