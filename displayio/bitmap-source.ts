// What a TileGrid reads pixels from: an in-memory Bitmap or an OnDiskBitmap.

export interface BitmapSource {
  readonly width: number;
  readonly height: number;
  /** Raw value at (x, y); 0 outside the bitmap. */
  getPixel(x: number, y: number): number;
}
