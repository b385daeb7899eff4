// The _stage module of one run: render(), Layer, Text. render() takes exactly the ten arguments
// stage.py passes in 9.x (the background is always 0, black). It writes straight into the panel of
// the display it is given, as the firmware streams pixels over the bus; a "frame" (what the
// session shows, captures and counts) ends when the program lets time pass after rendering.
import {
  defineFunction, newTypeError, None, PyList, PyTuple, PyValue, typeName,
} from '../../../src/objects';
import type { NativeModule } from '../../../src/modules/module-def';
import type { Runtime } from '../../../src/runtime/runtime';
import { Area } from '../../area';
import { DisplayObj } from '../../bindings/objects';
import { nativeOf } from '../../bindings/convert';
import { renderStage, StageDrawable } from '../render';
import { getInt, i16, u16, u8, writeBuffer } from './convert';
import { defineLayerType, LayerObj, layerForRender } from './Layer';
import { defineTextType, TextObj, textForRender } from './Text';

/** A burst of render() calls counts as one picture once this much time passes without another. */
const QUIET_NS = 1e6;
/** A program that renders without ever pausing still shows a picture this often. */
const MAX_PENDING_NS = 50e6;
/** The panel's own rate: an unchanged picture still counts as a frame this often. */
const IDLE_FRAME_NS = 1e9 / 60;

/**
 * Turns direct panel writes into frames: after a burst of render() calls, once the program has
 * been quiet for a millisecond (stage.Stage.tick sleeping, say), the display counts a refresh, the
 * backend is shown the panel and the session gets its frame, as a refresh would do. While nothing
 * is drawn and auto-refresh is off, the panel still counts a frame every 1/60 s, so that a game
 * waiting for a button sees scripted input and frame limits.
 */
class StagePresenter {
  private pending: Area[] = [];
  private firstNs = 0;
  private lastNs = 0;
  /** The display's refresh count when last seen, and when it last changed. */
  private seenCount = -1;
  private frameNs = 0;

  constructor(private readonly rt: Runtime) {
    rt.addBackgroundTask(() => this.check());
  }

  drew(area: Area): void {
    const now = this.rt.clock.nowNs();
    if (this.pending.length === 0) this.firstNs = now;
    this.lastNs = now;
    this.pending.push(area);
  }

  private check(): void {
    const d = this.rt.display;
    const now = this.rt.clock.nowNs();
    if (d.refreshCount !== this.seenCount) {
      this.seenCount = d.refreshCount;
      this.frameNs = now;
    }
    if (this.pending.length === 0) {
      if (d.autoRefresh || now - this.frameNs < IDLE_FRAME_NS) return;
    } else if (now - this.lastNs < QUIET_NS && now - this.firstNs < MAX_PENDING_NS) {
      return;
    }
    const areas = this.pending;
    this.pending = [];
    this.seenCount = ++d.refreshCount;
    this.frameNs = now;
    if (areas.length) d.panel.flush?.(areas);
    this.rt.frameDone(d.refreshCount);
  }
}

const presenters = new WeakMap<Runtime, StagePresenter>();

function presenterFor(rt: Runtime): StagePresenter {
  let p = presenters.get(rt);
  if (!p) {
    p = new StagePresenter(rt);
    presenters.set(rt, p);
  }
  return p;
}

function itemsOf(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  throw newTypeError(`object '${typeName(v)}' isn't a tuple or list`);
}

export const stageModule: NativeModule = {
  name: '_stage',
  build(rt: Runtime) {
    // From the import on (ugame turns auto-refresh off), frames go on counting.
    presenterFor(rt);
    return {
      Layer: defineLayerType(),
      Text: defineTextType(),
      render: defineFunction('render(x0, y0, x1, y1, layers, buffer, display, scale, vx, vy, /)', (
        x0: PyValue, y0: PyValue, x1: PyValue, y1: PyValue, layers: PyValue, buffer: PyValue, display: PyValue,
        scale: PyValue, vx: PyValue, vy: PyValue,
      ) => {
        const region = {
          x0: u16(getInt(x0)), y0: u16(getInt(y0)), x1: u16(getInt(x1)), y1: u16(getInt(y1)),
          vx: 0, vy: 0, scale: 1, background: 0,
        };
        const drawables: StageDrawable[] = [];
        for (const item of itemsOf(layers)) {
          const d = item instanceof LayerObj ? layerForRender(item) : item instanceof TextObj ? textForRender(item) : null;
          if (d) drawables.push(d);
        }
        writeBuffer(buffer);
        if (!(display instanceof DisplayObj)) throw newTypeError('argument num/types mismatch');
        const target = nativeOf(display.display);
        region.scale = u8(getInt(scale));
        region.vx = i16(getInt(vx));
        region.vy = i16(getInt(vy));
        const area = renderStage(target, region, drawables);
        if (area && target === rt.display) presenterFor(rt).drew(area);
        return None;
      }),
    };
  },
};
