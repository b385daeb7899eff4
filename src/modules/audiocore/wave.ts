// WAV parsing as CircuitPython's WaveFile accepts it: PCM only, 8-bit unsigned or 16-bit signed,
// mono or stereo, the fmt chunk right after RIFF....WAVE. reference: runtime-modules.md §5.
export interface WaveData {
  sampleRate: number;
  bitsPerSample: number;
  channelCount: number;
  /** The data chunk's bytes. */
  data: Uint8Array;
}

export class WaveError {
  constructor(readonly message: string) {}
}

export function parseWave(bytes: Uint8Array): WaveData {
  const ascii = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 44 || ascii(0) !== 'RIFF' || ascii(8) !== 'WAVE' || ascii(12) !== 'fmt ') throw new WaveError('Invalid file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fmtSize = view.getUint32(16, true);
  const format = view.getUint16(20, true);
  const channelCount = view.getUint16(22, true);
  const sampleRate = view.getUint32(24, true);
  const bitsPerSample = view.getUint16(34, true);
  if (format !== 1 || (bitsPerSample !== 8 && bitsPerSample !== 16) || channelCount < 1 || channelCount > 2) throw new WaveError('Unsupported format');
  let at = 20 + fmtSize;
  while (at + 8 <= bytes.length) {
    const size = view.getUint32(at + 4, true);
    if (ascii(at) === 'data') return { sampleRate, bitsPerSample, channelCount, data: bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + size)) };
    at += 8 + size + (size & 1);
  }
  throw new WaveError('Invalid file');
}

/** Mono signed 16-bit samples (stereo is averaged: the board's speaker is mono). */
export function toMono16(data: Uint8Array, bits: number, channels: number, signed: boolean): Int16Array {
  const bytesPer = bits / 8;
  const frames = Math.floor(data.length / (bytesPer * channels));
  const out = new Int16Array(frames);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) {
      const at = (f * channels + c) * bytesPer;
      if (bits === 8) sum += signed ? view.getInt8(at) << 8 : (data[at] - 128) << 8;
      else sum += signed ? view.getInt16(at, true) : view.getUint16(at, true) - 32768;
    }
    out[f] = Math.round(sum / channels);
  }
  return out;
}
