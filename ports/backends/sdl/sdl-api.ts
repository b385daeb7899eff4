// The part of @kmamal/sdl's API this backend uses, typed here so that the package (a native
// build that may be missing) is needed only at run time, never to type-check or bundle.

export interface SdlKeyEvent {
  key: string | null;
  repeat?: number;
}

export interface SdlWindow {
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  readonly destroyed: boolean;
  setTitle(title: string): void;
  render(width: number, height: number, stride: number, format: 'rgb24', buffer: Buffer,
    options?: { scaling?: 'nearest'; dstRect?: { x: number; y: number; width: number; height: number } }): void;
  on(event: 'keyDown' | 'keyUp', listener: (e: SdlKeyEvent) => void): this;
  on(event: 'close', listener: () => void): this;
  destroy(): void;
}

export interface SdlController {
  on(event: 'buttonDown' | 'buttonUp', listener: (e: { button: string }) => void): this;
  on(event: 'axisMotion', listener: (e: { axis: string; value: number }) => void): this;
  readonly closed: boolean;
  close(): void;
}

export interface SdlAudio {
  readonly frequency: number;
  readonly queued: number;
  enqueue(buffer: Buffer, bytes?: number): void;
  play(play?: boolean): void;
  close(): void;
}

export interface SdlModule {
  /** The drivers SDL picked; `offscreen` or `dummy` video means no screen is reachable. */
  info: { drivers: { video: { current: string | null } } };
  video: {
    createWindow(opts: { title: string; width: number; height: number; resizable?: boolean; accelerated?: boolean }): SdlWindow;
  };
  keyboard: { getState(): unknown };
  controller: {
    readonly devices: object[];
    openDevice(device: object): SdlController;
    on(event: 'deviceAdd', listener: (e: { device: object }) => void): unknown;
    off(event: 'deviceAdd', listener: (e: { device: object }) => void): unknown;
  };
  audio: {
    openDevice(device: { type: 'playback' }, opts: { channels: 1; frequency: number; format: 's16' }): SdlAudio;
  };
}
