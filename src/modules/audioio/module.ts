// audioio.AudioOut: plays RawSample/WaveFile sounds on the speaker pin through the run's audio
// engine. reference: runtime-modules.md §5.
import { defineClass, newRuntimeError, newTypeError, newValueError, PyObject, PyValue, isTrue, None, typeName } from '../../objects';
import type { ClaimedPin } from '../../runtime/board-hardware';
import type { Runtime } from '../../runtime/runtime';
import { SampleObj } from '../audiocore/module';
import type { NativeModule } from '../module-def';
import { claimPin, DEINIT_MESSAGE, releasePin } from '../pins-util';

class AudioOutObj extends PyObject {
  pins: ClaimedPin[] = [];
  deinited = false;
}

export const audioioModule: NativeModule = {
  name: 'audioio',
  build(rt: Runtime) {
    const live = (self: AudioOutObj) => {
      if (self.deinited) throw newValueError(DEINIT_MESSAGE);
    };
    const release = (self: AudioOutObj) => {
      rt.audio.stop();
      self.pins.forEach(releasePin);
      self.pins = [];
      self.deinited = true;
    };
    const AudioOut = defineClass({
      name: 'AudioOut',
      module: 'audioio',
      alloc: (cls) => new AudioOutObj(cls),
      init: ['__init__(self, left_channel, *, right_channel=None, quiescent_value=32768)', (self: AudioOutObj, left: PyValue, right: PyValue) => {
        if (right !== None && right === left) throw newValueError('left_channel and right_channel must be different');
        self.pins.push(claimPin(left, 'AudioOut', 'left_channel'));
        if (right !== None) self.pins.push(claimPin(right, 'AudioOut', 'right_channel'));
      }],
      methods: {
        'play(self, sample, *, loop=False)': (self: AudioOutObj, sample: PyValue, loop: PyValue) => {
          live(self);
          if (!(sample instanceof SampleObj) || sample.sound === null) throw newTypeError(`sample must be of type RawSample or WaveFile, not ${typeName(sample)}`);
          rt.audio.play(sample.sound, isTrue(loop));
        },
        'stop(self)': (self: AudioOutObj) => { live(self); rt.audio.stop(); },
        'pause(self)': (self: AudioOutObj) => {
          live(self);
          if (!rt.audio.playing) throw newRuntimeError('Not playing');
          rt.audio.setPaused(true);
        },
        'resume(self)': (self: AudioOutObj) => { live(self); rt.audio.setPaused(false); },
        'deinit(self)': (self: AudioOutObj) => release(self),
        '__enter__(self)': (self: AudioOutObj) => self,
        '__exit__(self, *args)': (self: AudioOutObj) => release(self),
      },
      properties: {
        playing: { get: (self: AudioOutObj) => (live(self), rt.audio.playing) },
        paused: { get: (self: AudioOutObj) => (live(self), rt.audio.paused) },
      },
    });
    return { AudioOut };
  },
};
