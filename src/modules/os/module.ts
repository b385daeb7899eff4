// os: the drive's files (confined to the game folder by the runtime's SandboxFs), getenv from
// settings.toml, urandom (seeded in headless runs), uname as the board reports it.
import {
  defineFunction, newTypeError, newValueError, None, PyBytes, PyValue, newList, newTuple, typeName, defineClass, PyObject, repr,
} from '../../objects';
import type { Runtime } from '../../runtime/runtime';
import { parseSettings } from '../../runtime/settings-toml';
import { toInteger } from '../args-util';
import { withOSError } from '../fs-errors';
import type { NativeModule } from '../module-def';

const S_IFDIR = 0x4000, S_IFREG = 0x8000;
const UNAME_FIELDS = ['sysname', 'nodename', 'release', 'version', 'machine'];

class UnameObj extends PyObject {
  values: string[] = [];
}

const unameType = defineClass({
  name: 'uname_result',
  module: 'os',
  subclassable: false,
  properties: Object.fromEntries(UNAME_FIELDS.map((f, i) => [f, { get: (self: UnameObj) => self.values[i] }])),
  slots: {
    repr: (self: UnameObj) => `(${UNAME_FIELDS.map((f, i) => `${f}=${repr(self.values[i])}`).join(', ')})`,
    getitem: (self: UnameObj, key: PyValue) => self.values[toInteger(key, 'index')],
    len: () => 5,
  },
});

function pathArg(v: PyValue, name = 'path'): string {
  if (typeof v !== 'string') throw newTypeError(`${name} must be of type str, not ${typeName(v)}`);
  return v;
}

export const osModule: NativeModule = {
  name: 'os',
  build(rt: Runtime) {
    const fs = rt.fs;
    let settings: Map<string, string | number> | null = null;
    const readSettings = () => {
      if (settings === null) {
        settings = new Map();
        try {
          settings = parseSettings(new TextDecoder().decode(fs.readFile('/settings.toml')));
        } catch {
          // No settings.toml: every getenv gives its default.
        }
      }
      return settings;
    };
    const id = rt.board.identity;
    return {
      sep: '/',
      listdir: defineFunction('listdir(path=".", /)', (p: PyValue) => withOSError(() => newList(fs.listdir(pathArg(p))))),
      stat: defineFunction('stat(path, /)', (p: PyValue) => withOSError(() => {
        const st = fs.stat(pathArg(p));
        const mode = st.isDir ? S_IFDIR : S_IFREG;
        return newTuple([mode, 0, 0, 0, 0, 0, st.size, st.mtimeSec, st.mtimeSec, st.mtimeSec]);
      })),
      statvfs: defineFunction('statvfs(path, /)', (p: PyValue) => withOSError(() => {
        fs.stat(pathArg(p));
        const blocks = Math.floor(rt.board.flash_bytes / 512);
        return newTuple([512, 512, blocks, blocks, blocks, 0, 0, 0, 0, 255]);
      })),
      remove: defineFunction('remove(path, /)', (p: PyValue) => withOSError(() => fs.remove(pathArg(p)))),
      rmdir: defineFunction('rmdir(path, /)', (p: PyValue) => withOSError(() => fs.rmdir(pathArg(p)))),
      mkdir: defineFunction('mkdir(path, /)', (p: PyValue) => withOSError(() => fs.mkdir(pathArg(p)))),
      rename: defineFunction('rename(old_path, new_path, /)', (a: PyValue, b: PyValue) =>
        withOSError(() => fs.rename(pathArg(a, 'old_path'), pathArg(b, 'new_path')))),
      chdir: defineFunction('chdir(path, /)', (p: PyValue) => withOSError(() => fs.chdir(pathArg(p)))),
      getcwd: defineFunction('getcwd()', () => fs.cwd),
      sync: defineFunction('sync()', () => None),
      getenv: defineFunction('getenv(key, default=None)', (key: PyValue, dflt: PyValue) => {
        const v = readSettings().get(pathArg(key, 'key'));
        return v === undefined ? dflt : v;
      }),
      urandom: defineFunction('urandom(size, /)', (n: PyValue) => {
        const size = toInteger(n, 'size');
        if (size < 0) throw newValueError('negative count');
        const out = new Uint8Array(size);
        for (let i = 0; i < size; i += 4) {
          const w = rt.entropyWord();
          for (let k = 0; k < 4 && i + k < size; k++) out[i + k] = (w >>> (8 * k)) & 0xff;
        }
        return new PyBytes(out);
      }),
      uname: defineFunction('uname()', () => {
        const u = new UnameObj(unameType);
        const [a, b, c] = id.circuitpython_version;
        u.values = [id.uname_sysname, id.uname_nodename, `${a}.${b}.${c}`, `${a}.${b}.${c} on ${id.build_date}`, id.uname_machine];
        return u;
      }),
    };
  },
};
