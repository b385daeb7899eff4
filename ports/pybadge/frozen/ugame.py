# ugame for the PyBadge: the display, buttons and speaker of the board, set up for stage games.
# Frozen into the firmware (cpygame: ports/pybadge/frozen/). Written for cpygame from the
# behaviour of python-ugame/circuitpython-stage's pybadge/ugame.py.
import board
import busio
import digitalio
import displayio
import keypad
import supervisor
import time
import audioio
import audiocore

import stage

# Bits of buttons.get_pressed(): bit n is the shift register's key n.
K_O = 0x01
K_X = 0x02
K_START = 0x04
K_SELECT = 0x08
K_RIGHT = 0x10
K_DOWN = 0x20
K_UP = 0x40
K_LEFT = 0x80


class _Buttons:
    def __init__(self):
        self.keys = keypad.ShiftRegisterKeys(
            clock=board.BUTTON_CLOCK, data=board.BUTTON_OUT, latch=board.BUTTON_LATCH,
            key_count=8, value_when_pressed=True, interval=0.05)
        self.last_state = 0
        self.event = keypad.Event(0, False)
        self.start_held_since = None

    def get_pressed(self):
        """The buttons held now, plus any pressed since the last call."""
        pressed = self.last_state
        events = self.keys.events
        while events:
            if events.get_into(self.event):
                bit = 1 << self.event.key_number
                if self.event.pressed:
                    pressed |= bit
                    self.last_state |= bit
                else:
                    self.last_state &= ~bit
        # Start held for more than two seconds goes back to the default program.
        if pressed & K_START:
            now = time.monotonic()
            if self.start_held_since is None:
                self.start_held_since = now
            elif now - self.start_held_since > 2:
                supervisor.set_next_code_file(None)
                supervisor.reload()
        else:
            self.start_held_since = None
        return pressed


class _Audio:
    def __init__(self, speaker_pin, mute_pin=None):
        self.muted = True
        self.buffer = bytearray(128)
        self.mute_pin = None
        if mute_pin:
            self.mute_pin = digitalio.DigitalInOut(mute_pin)
            self.mute_pin.switch_to_output(value=not self.muted)
        self.audio = audioio.AudioOut(speaker_pin)

    def play(self, audio_file, loop=False):
        """Plays a WAV file (an open file); nothing while muted, as the speaker starts."""
        if self.muted:
            return
        self.stop()
        self.audio.play(audiocore.WaveFile(audio_file, self.buffer), loop=loop)

    def stop(self):
        self.audio.stop()

    def mute(self, value=True):
        self.muted = value
        if self.mute_pin:
            self.mute_pin.value = not value


# As the firmware's ugame does: let go of board.DISPLAY and make a 160x128 display of its own on the
# same panel, refreshed only when stage draws, with no backlight pin (so its brightness reads 0.0
# and cannot be set); the backlight is switched on here instead.
# The init sequence is the ST7735R's power-up (software reset, wake, landscape MADCTL, 16-bit
# colour, display on); cpygame accepts it without interpreting it.
_TFT_INIT = (
    b"\x01\x80\x96"  # SWRESET, then 150 ms
    b"\x11\x80\xff"  # SLPOUT, then 500 ms
    b"\x36\x01\xa0"  # MADCTL: rows and columns exchanged, rows mirrored
    b"\x3a\x01\x05"  # COLMOD: RGB565
    b"\x13\x80\x0a"  # NORON, then 10 ms
    b"\x29\x80\x64"  # DISPON, then 100 ms
)
displayio.release_displays()
_tft_spi = busio.SPI(clock=board.TFT_SCK, MOSI=board.TFT_MOSI)
_fourwire = displayio.FourWire(_tft_spi, command=board.TFT_DC, chip_select=board.TFT_CS, reset=board.TFT_RST)
display = displayio.Display(_fourwire, _TFT_INIT, width=160, height=128, rotation=0, auto_refresh=False)
_backlight = digitalio.DigitalInOut(board.TFT_LITE)
_backlight.switch_to_output(value=True)
del _TFT_INIT
buttons = _Buttons()
audio = _Audio(board.SPEAKER, board.SPEAKER_ENABLE)
