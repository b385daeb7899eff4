// The speaker: what AudioOut plays, mixed down to 16-bit mono at the output rate and handed to a
// sink (the window's audio queue, or a buffer that --audio-out saves as WAV), in step with the
// program's clock. The amplifier is silent unless its enable pin is driven high, as on the board.

export const OUTPUT_RATE = 22050;

/** Signed 16-bit mono samples of one sound, at its own rate. */
export interface SoundData {
  samples: Int16Array;
  sampleRate: number;
}

interface Voice {
  sound: SoundData;
  loop: boolean;
  /** Output samples rendered for this voice so far. */
  position: number;
  paused: boolean;
}

export type AudioSink = (samples: Int16Array, sampleRate: number) => void;

export class AudioEngine {
  private voice: Voice | null = null;
  /** Output samples rendered since the program started. */
  private rendered = 0;
  private sink: AudioSink | null = null;

  constructor(private readonly nowNs: () => number, private readonly amplifierOn: () => boolean) {}

  setSink(sink: AudioSink | null): void {
    this.sink = sink;
  }

  play(sound: SoundData, loop: boolean): void {
    this.advance();
    this.voice = { sound, loop, position: 0, paused: false };
  }

  stop(): void {
    this.advance();
    this.voice = null;
  }

  /** True while a sound is still running (paused ones included), as AudioOut.playing reports. */
  get playing(): boolean {
    this.advance();
    return this.voice !== null;
  }

  get paused(): boolean {
    return this.voice?.paused ?? false;
  }

  setPaused(paused: boolean): void {
    this.advance();
    if (this.voice) this.voice.paused = paused;
  }

  /** Renders output up to the present moment. */
  advance(): void {
    const due = Math.floor((this.nowNs() * OUTPUT_RATE) / 1e9);
    const n = due - this.rendered;
    if (n <= 0) return;
    this.rendered = due;
    const out = this.sink ? new Int16Array(n) : null;
    const v = this.voice;
    if (v && !v.paused) {
      const { samples, sampleRate } = v.sound;
      const length = Math.floor((samples.length * OUTPUT_RATE) / sampleRate);
      const audible = this.amplifierOn();
      for (let i = 0; i < n; i++) {
        if (v.position >= length) {
          if (!v.loop || length === 0) {
            this.voice = null;
            break;
          }
          v.position = 0;
        }
        if (out && audible) out[i] = samples[Math.floor((v.position * sampleRate) / OUTPUT_RATE)];
        v.position++;
      }
    }
    if (out && this.sink) this.sink(out, OUTPUT_RATE);
  }
}

/** A mono 16-bit WAV file of the given samples. */
export function encodeWav(chunks: readonly Int16Array[], sampleRate: number): Buffer {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = Buffer.alloc(44 + total * 2);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + total * 2, 4);
  out.write('WAVEfmt ', 8, 'ascii');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(sampleRate, 24);
  out.writeUInt32LE(sampleRate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(total * 2, 40);
  let o = 44;
  for (const c of chunks) for (let i = 0; i < c.length; i++, o += 2) out.writeInt16LE(c[i], o);
  return out;
}
