// pwmio.PWMOut(pin, *, duty_cycle=0, frequency=500, variable_frequency=False): the PWM state a
// program sets; on the speaker pin a non-zero duty cycle sounds a square wave of that frequency
// through the runtime's audio engine (the amplifier's enable pin still decides if it is heard).
import { PyObject, PyValue, defineClass, isTrue, newAttributeError, newValueError } from '../../objects';
import type { ClaimedPin } from '../../runtime/board-hardware';
import type { SoundData } from '../../runtime/audio';
import { OUTPUT_RATE } from '../../runtime/audio';
import type { Runtime } from '../../runtime/runtime';
import { toInteger } from '../args-util';
import type { NativeModule } from '../module-def';
import { claimPin, DEINIT_MESSAGE, releasePin } from '../pins-util';

class PWMOutObj extends PyObject {
  pin: ClaimedPin | null = null;
  duty = 0;
  frequency = 500;
  variable = false;
  rt: Runtime | null = null;

  live(): ClaimedPin {
    if (this.pin === null) throw newValueError(DEINIT_MESSAGE);
    return this.pin;
  }

  get onSpeaker(): boolean {
    return this.rt !== null && this.pin !== null && this.pin.state === this.rt.hardware.pin(this.rt.board.speaker.pin);
  }

  /** Restarts the speaker tone for the current duty cycle and frequency. */
  sound(): void {
    if (!this.onSpeaker) return;
    const audio = this.rt!.audio;
    if (this.duty === 0) {
      audio.stop();
      return;
    }
    audio.play(squareWave(this.frequency, this.duty / 65535), true);
  }

  deinit(): void {
    if (this.pin === null) return;
    if (this.onSpeaker) this.rt!.audio.stop();
    releasePin(this.pin);
    this.pin = null;
  }
}

/** One period of a square wave at the output rate, high for `duty` of it. */
function squareWave(frequency: number, duty: number): SoundData {
  const period = Math.max(2, Math.round(OUTPUT_RATE / frequency));
  const samples = new Int16Array(period);
  const high = Math.round(period * duty);
  for (let i = 0; i < period; i++) samples[i] = i < high ? 8000 : -8000;
  return { samples, sampleRate: OUTPUT_RATE };
}

function dutyValue(v: PyValue): number {
  const d = toInteger(v, 'duty_cycle');
  if (d < 0 || d > 0xffff) throw newValueError('duty_cycle must be 0-65535');
  return d;
}

function frequencyValue(v: PyValue): number {
  const f = toInteger(v, 'frequency');
  if (f < 1) throw newValueError('Invalid PWM frequency');
  return f;
}

function makePWMOutType(rt: Runtime) {
  return defineClass({
    name: 'PWMOut',
    module: 'pwmio',
    alloc: (cls) => new PWMOutObj(cls),
    init: ['__init__(self, pin, *, duty_cycle=0, frequency=500, variable_frequency=False)',
      (self: PWMOutObj, pin: PyValue, duty: PyValue, freq: PyValue, variable: PyValue) => {
        const d = dutyValue(duty), f = frequencyValue(freq);
        self.pin = claimPin(pin, 'PWMOut');
        self.pin.switchToOutput(false);
        self.rt = rt;
        self.duty = d;
        self.frequency = f;
        self.variable = isTrue(variable);
        self.sound();
      }],
    methods: {
      'deinit(self)': (self: PWMOutObj) => self.deinit(),
      '__enter__(self)': (self: PWMOutObj) => self,
      '__exit__(self, *args)': (self: PWMOutObj) => self.deinit(),
    },
    properties: {
      duty_cycle: {
        get: (self: PWMOutObj) => { self.live(); return self.duty; },
        set: (self: PWMOutObj, v: PyValue) => {
          self.live();
          self.duty = dutyValue(v);
          self.sound();
        },
      },
      frequency: {
        get: (self: PWMOutObj) => { self.live(); return self.frequency; },
        set: (self: PWMOutObj, v: PyValue) => {
          self.live();
          if (!self.variable) throw newAttributeError('PWM frequency not writable when variable_frequency is False.');
          self.frequency = frequencyValue(v);
          self.sound();
        },
      },
    },
  });
}

export const pwmioModule: NativeModule = {
  name: 'pwmio',
  build(rt: Runtime) {
    return { PWMOut: makePWMOutType(rt) };
  },
};
