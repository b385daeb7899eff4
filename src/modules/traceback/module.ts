// traceback: format_exception and print_exception, CircuitPython 9's signatures (the exception
// first; a Python 3.9-style (type, value, tb) call is taken as value). Output as the console's.
import { None, PyBaseException, PyValue, callMethod, defineFunction, newList } from '../../objects';
import type { Runtime } from '../../runtime/runtime';
import { exceptionLine, formatException, tracebackEntries } from '../../vm/traceback';
import { toInteger } from '../args-util';
import type { NativeModule } from '../module-def';

/** One exception's report without its chain, keeping only the outermost `limit` frames. */
function formatOne(exc: PyValue, limit: number | null): string {
  let out = '';
  if (exc instanceof PyBaseException) {
    let entries = tracebackEntries(exc).slice().reverse();
    if (limit !== null) entries = limit >= 0 ? entries.slice(0, limit) : entries.slice(limit);
    out += 'Traceback (most recent call last):\n';
    for (const t of entries) out += `  File "${t.filename}", line ${t.lineno}, in ${t.name}\n`;
  }
  return out + exceptionLine(exc) + '\n';
}

function format(exc: PyValue, value: PyValue, limit: PyValue, chain: PyValue): string {
  const e = value === None ? exc : value;
  if (limit === None && chain !== false) return formatException(e);
  return formatOne(e, limit === None ? null : toInteger(limit, 'limit'));
}

export const tracebackModule: NativeModule = {
  name: 'traceback',
  build(rt: Runtime) {
    return {
      format_exception: defineFunction('format_exception(exc, /, value=None, tb=None, limit=None, chain=True)',
        (exc: PyValue, value: PyValue, _tb: PyValue, limit: PyValue, chain: PyValue) => newList([format(exc, value, limit, chain)])),
      print_exception: defineFunction('print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True)',
        (exc: PyValue, value: PyValue, _tb: PyValue, limit: PyValue, file: PyValue, chain: PyValue) => {
          const text = format(exc, value, limit, chain);
          if (file === None) rt.writeConsole(text);
          else callMethod(file, 'write', [text]);
          return None;
        }),
    };
  },
};
