# ugame for the PyBadge: the display, buttons and speaker of the board, set up for stage games.
# Frozen into the firmware (cpygame: ports/pybadge/frozen/). Written for cpygame from the
# behaviour of python-ugame/circuitpython-stage's pybadge/ugame.py.
import board
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


# The firmware's ugame releases board.DISPLAY and builds its own 160x128 display without auto
# refresh; cpygame keeps the same panel and turns auto refresh off. stage draws into it directly.
display = board.DISPLAY
displayio.release_displays()
buttons = _Buttons()
audio = _Audio(board.SPEAKER, board.SPEAKER_ENABLE)
