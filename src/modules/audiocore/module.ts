// audiocore: RawSample (a buffer of samples) and WaveFile (a PCM .wav), the sounds AudioOut plays.
import {
  callMethod, defineClass, lookupAttr, newTypeError, newValueError, PyObject, PyValue, bytesLike, typeName,
} from '../../objects';
import type { SoundData } from '../../runtime/audio';
import type { Runtime } from '../../runtime/runtime';
import { FsError } from '../../runtime/sandbox-fs';
import { toInteger } from '../args-util';
import type { NativeModule } from '../module-def';
import { parseWave, toMono16, WaveError } from './wave';

export class SampleObj extends PyObject {
  sound: SoundData | null = null;
  bitsPerSample = 16;
  channelCount = 1;
}

const SAMPLE_KINDS: Record<string, [bits: number, signed: boolean]> = { b: [8, true], B: [8, false], h: [16, true], H: [16, false] };

export const audiocoreModule: NativeModule = {
  name: 'audiocore',
  build(rt: Runtime) {
    const sampleRate = {
      get: (self: SampleObj) => self.sound?.sampleRate ?? 0,
      set: (self: SampleObj, v: PyValue) => {
        if (self.sound) self.sound = { ...self.sound, sampleRate: toInteger(v, 'sample_rate') };
      },
    };
    const common = {
      properties: {
        sample_rate: sampleRate,
        bits_per_sample: { get: (self: SampleObj) => self.bitsPerSample },
        channel_count: { get: (self: SampleObj) => self.channelCount },
      },
    };
    const RawSample = defineClass({
      name: 'RawSample',
      module: 'audiocore',
      alloc: (cls) => new SampleObj(cls),
      init: ['__init__(self, buffer, *, channel_count=1, sample_rate=8000, single_buffer=True)',
        (self: SampleObj, buffer: PyValue, channels: PyValue, rate: PyValue) => {
          const typecode = lookupAttr(buffer, 'typecode');
          const kind = typeof typecode === 'string' ? SAMPLE_KINDS[typecode] : bytesLike(buffer) ? SAMPLE_KINDS.B : undefined;
          const data = bytesLike(buffer);
          if (kind === undefined || data === undefined) {
            throw newValueError("buffer must be a bytearray or array of type 'h', 'H', 'b', or 'B'");
          }
          const channelCount = toInteger(channels, 'channel_count');
          if (channelCount < 1 || channelCount > 2) throw newValueError('channel_count must be 1-2');
          if (data.length % (channelCount * (kind[0] / 8)) !== 0) throw newValueError('buffer length must be a multiple of channel_count');
          self.bitsPerSample = kind[0];
          self.channelCount = channelCount;
          self.sound = { samples: toMono16(data, kind[0], channelCount, kind[1]), sampleRate: toInteger(rate, 'sample_rate') };
        }],
      methods: { 'deinit(self)': (self: SampleObj) => { self.sound = null; } },
      ...common,
    });
    const WaveFile = defineClass({
      name: 'WaveFile',
      module: 'audiocore',
      alloc: (cls) => new SampleObj(cls),
      init: ['__init__(self, file, buffer=None)', (self: SampleObj, file: PyValue, buffer: PyValue) => {
        const scratch = bytesLike(buffer);
        if (scratch && (scratch.length < 8 || scratch.length > 1024)) throw newValueError('buffer length must be 8-1024');
        let bytes: Uint8Array;
        if (typeof file === 'string') {
          try {
            bytes = rt.fs.readFile(file);
          } catch (e) {
            if (e instanceof FsError) throw newTypeError('file must be a file opened in byte mode');
            throw e;
          }
        } else {
          const data = bytesLike(callMethod(file, 'read', []));
          if (!data) throw newTypeError(`file must be a file opened in byte mode, not ${typeName(file)}`);
          bytes = data;
        }
        try {
          const w = parseWave(bytes);
          self.bitsPerSample = w.bitsPerSample;
          self.channelCount = w.channelCount;
          self.sound = { samples: toMono16(w.data, w.bitsPerSample, w.channelCount, w.bitsPerSample === 16), sampleRate: w.sampleRate };
        } catch (e) {
          if (e instanceof WaveError) throw newValueError(e.message);
          throw e;
        }
      }],
      methods: {
        'deinit(self)': (self: SampleObj) => { self.sound = null; },
        '__enter__(self)': (self: SampleObj) => self,
        '__exit__(self, *args)': (self: SampleObj) => { self.sound = null; },
      },
      ...common,
    });
    return { RawSample, WaveFile };
  },
};
