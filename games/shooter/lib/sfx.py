# Sound effects: short square-wave tunes built once into RawSamples, played on the speaker.
import board
import digitalio

try:
    import audiocore
    import audioio
except ImportError:  # a board without a DAC plays nothing
    audioio = None

RATE = 8000


class Sfx:
    def __init__(self):
        self._out = None
        self._sounds = {}
        if audioio is None:
            return
        try:
            self._enable = digitalio.DigitalInOut(board.SPEAKER_ENABLE)
            self._enable.switch_to_output(value=True)
            self._out = audioio.AudioOut(board.SPEAKER)
        except (AttributeError, ValueError, RuntimeError):
            self._out = None

    def add(self, name, notes, volume=40):
        """notes: (frequency in Hz, milliseconds) pairs; frequency 0 is a rest."""
        if self._out is None:
            return
        total = sum(ms * RATE // 1000 for _, ms in notes)
        buf = bytearray(total)
        i = 0
        for freq, ms in notes:
            n = ms * RATE // 1000
            if not freq:
                for k in range(n):
                    buf[i + k] = 128
            else:
                half = max(1, RATE // (2 * freq))
                for k in range(n):
                    # fade the last quarter of each note to avoid clicks
                    v = volume if k < n * 3 // 4 else volume * (n - k) * 4 // n
                    buf[i + k] = 128 + v if (k // half) & 1 == 0 else 128 - v
            i += n
        self._sounds[name] = audiocore.RawSample(buf, sample_rate=RATE)

    def play(self, name):
        sound = self._sounds.get(name)
        if sound is not None:
            self._out.play(sound)
