// board: the port's pin names (aliases share one Pin object), board_id and DISPLAY, all read from
// the board's data file, so a new board needs no code here.
import { PyValue } from '../../objects';
import { displayObjectFor } from '../../../displayio/bindings/module';
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
    entries.DISPLAY = displayObjectFor(rt);
    Object.assign(entries, boardObjects(rt));
    return entries;
  },
};
