// bitmaptools drawing: fill_region, draw_line, draw_polygon, draw_circle, boundary_fill.
// Arguments arrive validated by the binding; pixels off the bitmap are skipped. Each marks the
// dirty rectangle hardware marks, including its omissions. reference: vectorio-bitmaptools.md §2.
import { Bitmap } from '../Bitmap';

/** Writes one value if (x, y) lies inside the bitmap. */
export function put(b: Bitmap, x: number, y: number, v: number): void {
  if (x >= 0 && y >= 0 && x < b.width && y < b.height) b.setPixelRaw(x, y, v);
}

export function fillRegion(b: Bitmap, x1: number, y1: number, x2: number, y2: number, value: number): void {
  if (x2 < x1) [x1, x2] = [x2, x1];
  if (y2 < y1) [y1, y2] = [y2, y1];
  x1 = Math.max(0, x1); y1 = Math.max(0, y1);
  x2 = Math.min(b.width, x2); y2 = Math.min(b.height, y2);
  b.markDirty(x1, y1, x2, y2);
  for (let y = y1; y < y2; y++) for (let x = x1; x < x2; x++) b.setPixelRaw(x, y, value);
}

/** Straight lines inclusive of both ends; others by integer Bresenham with err = dx // 2. */
function line(b: Bitmap, x0: number, y0: number, x1: number, y1: number, value: number): void {
  if (x0 === x1) {
    if (y0 > y1) [y0, y1] = [y1, y0];
    for (let y = Math.max(0, y0); y <= Math.min(y1, b.height - 1); y++) put(b, x0, y, value);
    return;
  }
  if (y0 === y1) {
    if (x0 > x1) [x0, x1] = [x1, x0];
    for (let x = Math.max(0, x0); x <= Math.min(x1, b.width - 1); x++) put(b, x, y0, value);
    return;
  }
  const steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
  if (steep) { [x0, y0] = [y0, x0]; [x1, y1] = [y1, x1]; }
  if (x0 > x1) { [x0, x1] = [x1, x0]; [y0, y1] = [y1, y0]; }
  const dx = x1 - x0, dy = Math.abs(y1 - y0);
  let err = Math.trunc(dx / 2);
  const ystep = y0 < y1 ? 1 : -1;
  for (let x = x0; x <= x1; x++) {
    if (steep) put(b, y0, x, value); else put(b, x, y0, value);
    err -= dy;
    if (err < 0) { y0 += ystep; err += dx; }
  }
}

export function drawLine(b: Bitmap, x0: number, y0: number, x1: number, y1: number, value: number): void {
  b.markDirty(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1) + 1, Math.max(y0, y1) + 1);
  line(b, x0, y0, x1, y1, value);
}

/** Outline through the points; the dirty rectangle leaves out the last column and row. */
export function drawPolygon(b: Bitmap, xs: ArrayLike<number>, ys: ArrayLike<number>, value: number, close: boolean): void {
  let xmin = xs[0], xmax = xs[0], ymin = ys[0], ymax = ys[0];
  for (let i = 1; i < xs.length; i++) {
    line(b, xs[i - 1], ys[i - 1], xs[i], ys[i], value);
    xmin = Math.min(xmin, xs[i]); xmax = Math.max(xmax, xs[i]);
    ymin = Math.min(ymin, ys[i]); ymax = Math.max(ymax, ys[i]);
  }
  if (close) line(b, xs[xs.length - 1], ys[ys.length - 1], xs[0], ys[0], value);
  b.markDirty(xmin, ymin, xmax, ymax);
}

/** Midpoint circle outline; the dirty rectangle [x-r, x+r) leaves out the last column and row. */
export function drawCircle(b: Bitmap, x: number, y: number, radius: number, value: number): void {
  b.markDirty(x - radius, y - radius, x + radius, y + radius);
  let yb = radius;
  let d = 3 - 2 * radius;
  for (let xb = 0; xb <= yb; xb++) {
    put(b, xb + x, yb + y, value);
    put(b, -xb + x, -yb + y, value);
    put(b, -xb + x, yb + y, value);
    put(b, xb + x, -yb + y, value);
    put(b, yb + x, xb + y, value);
    put(b, -yb + x, xb + y, value);
    put(b, -yb + x, -xb + y, value);
    put(b, yb + x, -xb + y, value);
    if (d <= 0) {
      d += 4 * xb + 6;
    } else {
      d += 4 * (xb - yb) + 10;
      yb--;
    }
  }
}

/** 4-connected flood fill of the region holding `replaced` (default: the value at (x, y)). */
export function boundaryFill(b: Bitmap, x: number, y: number, fill: number, replaced: number | null): void {
  const target = replaced ?? b.getPixel(x, y);
  if (fill === target) return;
  let minx = x, maxx = x, miny = y, maxy = y;
  const stack = [x, y];
  while (stack.length) {
    const cy = stack.pop()!, cx = stack.pop()!;
    if (b.getPixel(cx, cy) !== target) continue;
    b.setPixelRaw(cx, cy, fill);
    minx = Math.min(minx, cx); maxx = Math.max(maxx, cx);
    miny = Math.min(miny, cy); maxy = Math.max(maxy, cy);
    if (cy > 0) stack.push(cx, cy - 1);
    if (cx > 0) stack.push(cx - 1, cy);
    if (cx + 1 < b.width) stack.push(cx + 1, cy);
    if (cy + 1 < b.height) stack.push(cx, cy + 1);
  }
  b.markDirty(minx, miny, maxx + 1, maxy + 1);
}
