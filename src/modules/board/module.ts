// board: the port's pin names (aliases share one Pin object), board_id and DISPLAY, all read from
// the board's data file, so a new board needs no code here. DISPLAY is the display slot: it follows
// release_displays() and a new BusDisplay by itself (displayio/bindings/Display.ts).
import { PyValue } from '../../objects';
import { boardDisplayFor } from '../../../displayio/bindings/module';
import type { Runtime } from '../../runtime/runtime';
import type { NativeModule } from '../module-def';
import { PinTable } from '../microcontroller/Pin';
import { boardObjects } from '../busio/module';

export const boardModule: NativeModule = {
  name: 'board',
  build(rt: Runtime) {
    const table = new PinTable();
    const entries: Record<string, PyValue> = { board_id: rt.board.board_id };
    for (const name of rt.hardware.pinNames()) entries[name] = table.get(rt.hardware.pin(name));
    entries.DISPLAY = boardDisplayFor(rt);
    Object.assign(entries, boardObjects(rt));
    return entries;
  },
};
