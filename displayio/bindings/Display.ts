// The display object as Python sees it (busdisplay.BusDisplay, displayio.Display in 9.x):
// root_group, refresh, auto_refresh, brightness, rotation, fill_row. PyBadge/PyGamer have one
// display slot: board.DISPLAY is that slot, release_displays() turns it (and every other handle on
// the released display) into None, and a new BusDisplay fills it again on the same panel.
// reference: display-rendering.md §1–5, displayio-objects.md release_displays().
import {
  defineClass, newException, newRuntimeError, newTypeError, newValueError, AttributeError, None, PyFloat, PyType,
  PyValue, bytesLike, isTrue, validateFloat, validateInt,
} from '../../src/objects';
import type { Runtime } from '../../src/runtime/runtime';
import { DISPLAY_OWNER } from '../../src/runtime/runtime';
import type { Display } from '../Display';
import { bool, guard, nativeOf } from './convert';
import type { DisplayioContext } from './context';
import { FourWireObj, freePinOrNone, releasedAttribute } from './FourWire';
import { groupOf } from './Group';
import { DisplayObj, GroupObj } from './objects';
import { contextFor as contextOf } from './module';

// The constructor's whole 9.x signature; the arguments about the wire protocol are accepted and
// left alone, as the init sequence is: cpygame draws pixels, it does not speak ST7735.
const INIT_SIGNATURE = '__init__(self, display_bus, init_sequence, *, width, height, colstart=0, rowstart=0, '
  + 'rotation=0, color_depth=16, grayscale=False, pixels_in_byte_share_row=True, bytes_per_cell=1, '
  + 'reverse_pixels_in_byte=False, reverse_bytes_in_word=True, set_column_command=42, set_row_command=43, '
  + 'write_ram_command=44, set_vertical_scroll=0, backlight_pin=None, brightness_command=None, brightness=1.0, '
  + 'single_byte_bounds=False, data_as_commands=False, auto_refresh=True, native_frames_per_second=60, '
  + 'backlight_on_high=True, SH1107_addressing=False, backlight_pwm_frequency=50000)';

export function defineDisplayType(ctx: DisplayioContext, rt: Runtime): PyType {
  /** The live display behind self; a released one has become None. */
  const live = (self: DisplayObj, name: string): Display => {
    const d = nativeOf(self.display);
    if (d.released) releasedAttribute(name);
    return d;
  };
  const type: PyType = defineClass({
    name: 'BusDisplay',
    module: 'busdisplay',
    // BusDisplay(...) hands back the display slot itself, which is board.DISPLAY (a Python
    // subclass gets an object of its own that shares the slot's display).
    alloc: (cls) => (cls === type ? slotObject(rt) : new DisplayObj(cls)),
    init: [INIT_SIGNATURE, (
      self: DisplayObj, bus: PyValue, initSequence: PyValue, width: PyValue, height: PyValue, _colstart: PyValue,
      _rowstart: PyValue, rotation: PyValue, ...rest: PyValue[]
    ) => {
      // rest: color_depth … set_vertical_scroll (0–9), then the ones used here.
      const backlightPin = rest[10], brightness = rest[12], autoRefresh = rest[15], fps = rest[16];
      // 9.x validates in this order, and only then looks for a free slot.
      if (!bytesLike(initSequence)) throw newTypeError('object with buffer protocol required');
      const w = validateInt(width, 'width'), h = validateInt(height, 'height');
      const backlight = freePinOrNone(backlightPin, 'backlight_pin');
      const level = validateFloat(brightness, 'brightness');
      if (!(level >= 0 && level <= 1)) throw newValueError('brightness must be 0-1');
      const degrees = validateInt(rotation, 'rotation');
      if (degrees % 90 !== 0) throw newValueError('Display rotation must be in 90 degree increments');
      const framesPerSecond = validateInt(fps, 'native_frames_per_second');
      if (rt.hasDisplay) throw newRuntimeError('Too many displays');
      if (!(bus instanceof FourWireObj) || bus.released) throw newValueError('Unsupported display bus type');
      // The one panel is 160x128; width and height name it as the program sees it after rotation.
      const panel = rt.display.panel;
      const turned = ((degrees % 360) + 360) % 180 === 90;
      const [pw, ph] = turned ? [panel.height, panel.width] : [panel.width, panel.height];
      if (w !== pw || h !== ph) {
        throw newValueError(`cpygame's panel is ${panel.width}x${panel.height}: width, height must be ${pw}, ${ph} at rotation ${degrees}`);
      }
      if (backlight) backlight.state.claimedBy = DISPLAY_OWNER;
      const display = rt.makeDisplay({
        rotation: degrees,
        autoRefresh: isTrue(autoRefresh),
        nativeFramesPerSecond: framesPerSecond,
        backlight: backlight ? 'pwm' : 'none',
        brightness: level,
      });
      self.display = display;
      self.bus = bus;
      const slot = slotObject(rt);
      slot.display = display;
      slot.bus = bus;
    }],
    methods: {
      'refresh(self, *, target_frames_per_second=None, minimum_frames_per_second=0)': (
        self: DisplayObj, target: PyValue, minimum: PyValue,
      ) => {
        const d = live(self, 'refresh');
        const fps = target === None ? null : validateInt(target, 'target_frames_per_second');
        const min = validateInt(minimum, 'minimum_frames_per_second');
        return guard(() => d.refresh(fps, min));
      },
      'fill_row(self, y, buffer)': (self: DisplayObj, y: PyValue, buffer: PyValue) => {
        const d = live(self, 'fill_row');
        const row = validateInt(y, 'y');
        const bytes = bytesLike(buffer);
        if (!bytes) throw newTypeError('object with buffer protocol required');
        if (bytes.length < d.width * 2) throw newValueError('Buffer too small');
        const px = new Uint16Array(d.width);
        // The panel receives the high byte first (reverse_bytes_in_word).
        for (let i = 0; i < d.width; i++) px[i] = (bytes[2 * i] << 8) | bytes[2 * i + 1];
        d.fillRow(row, px);
        for (let i = 0; i < d.width; i++) { bytes[2 * i] = px[i] >> 8; bytes[2 * i + 1] = px[i] & 0xff; }
        return None;
      },
      'show(self, group, /)': (self: DisplayObj) => {
        live(self, 'show');
        throw newException(AttributeError, '.show(x) removed. Use .root_group = x');
      },
    },
    properties: {
      width: { get: (s: DisplayObj) => live(s, 'width').width },
      height: { get: (s: DisplayObj) => live(s, 'height').height },
      bus: { get: (s: DisplayObj) => { live(s, 'bus'); return s.bus; } },
      rotation: {
        get: (s: DisplayObj) => live(s, 'rotation').rotation,
        set: (s: DisplayObj, v: PyValue) => { live(s, 'rotation').rotation = validateInt(v, 'rotation'); },
      },
      auto_refresh: {
        get: (s: DisplayObj) => live(s, 'auto_refresh').autoRefresh,
        set: (s: DisplayObj, v: PyValue) => { live(s, 'auto_refresh').autoRefresh = bool(v); },
      },
      brightness: {
        get: (s: DisplayObj) => new PyFloat(live(s, 'brightness').brightness),
        set: (s: DisplayObj, v: PyValue) => {
          const d = live(s, 'brightness');
          const b = validateFloat(v, 'brightness');
          if (!(b >= 0 && b <= 1)) throw newValueError('brightness must be 0-1');
          guard(() => { d.brightness = b; });
        },
      },
      root_group: {
        get: (s: DisplayObj) => {
          const g = live(s, 'root_group').rootGroup;
          return g ? ctx.wrap(g) : None;
        },
        set: (s: DisplayObj, v: PyValue) => {
          const d = live(s, 'root_group');
          if (v === None) { d.rootGroup = null; return; }
          if (!(v instanceof GroupObj)) throw newValueError('Must be a Group subclass.');
          const g = groupOf(v);
          guard(() => { d.rootGroup = g; });
        },
      },
    },
    slots: {
      // A released display prints as the None it has become.
      repr: (s: DisplayObj) => (s.display?.released ? 'None' : `<${s.cls.name}>`),
    },
  });
  return type;
}

/** board.DISPLAY: the run's one display slot, made on first use around the runtime's display. */
export function slotObject(rt: Runtime): DisplayObj {
  if (rt.displayObject instanceof DisplayObj) return rt.displayObject;
  const obj = new DisplayObj(contextOf(rt).types.Display);
  obj.display = rt.display;
  rt.displayObject = obj;
  return obj;
}
