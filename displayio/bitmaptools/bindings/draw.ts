// bitmaptools.fill_region, draw_line, draw_polygon, draw_circle, boundary_fill as Python sees them.
// reference: vectorio-bitmaptools.md §2.
import { defineFunction, newValueError, PyValue, validateInt, validateIntMin, validateIntRange } from '../../../src/objects';
import { asBitmap } from '../../bindings/Bitmap';
import { bool, bufferElements, guard } from '../../bindings/convert';
import { boundaryFill, drawCircle, drawLine, drawPolygon, fillRegion } from '../draw';
import { rect, valueFor } from './checks';

function coords(v: PyValue, name: string): { size: number; values: number[] } {
  const e = bufferElements(v, true);
  if (!e) throw newValueError(`${name} must be a buffer`);
  return e;
}

export function drawFunctions(): Record<string, PyValue> {
  return {
    fill_region: defineFunction('fill_region(dest_bitmap, x1, y1, x2, y2, value)', (dest, x1, y1, x2, y2, value) => {
      const b = asBitmap(dest, 'dest_bitmap');
      const v = valueFor(b, value, 'value');
      const [ax, ay, bx, by] = rect(b, x1, y1, x2, y2);
      guard(() => fillRegion(b, ax, ay, bx, by, v));
    }),
    draw_line: defineFunction('draw_line(dest_bitmap, x1, y1, x2, y2, value)', (dest, x1, y1, x2, y2, value) => {
      const b = asBitmap(dest, 'dest_bitmap');
      const v = valueFor(b, value, 'value');
      drawLine(b, validateInt(x1, 'x1'), validateInt(y1, 'y1'), validateInt(x2, 'x2'), validateInt(y2, 'y2'), v);
    }),
    draw_polygon: defineFunction('draw_polygon(dest_bitmap, xs, ys, value, close=True)', (dest, xs, ys, value, close) => {
      const b = asBitmap(dest, 'dest_bitmap');
      const v = valueFor(b, value, 'value');
      const px = coords(xs, 'xs'), py = coords(ys, 'ys');
      if (px.size !== py.size) throw newValueError('Coordinate arrays types have different sizes');
      if (px.values.length !== py.values.length) throw newValueError('Coordinate arrays have different lengths');
      if (px.values.length === 0) return;
      drawPolygon(b, px.values, py.values, v, bool(close));
    }),
    draw_circle: defineFunction('draw_circle(dest_bitmap, x, y, radius, value)', (dest, x, y, radius, value) => {
      const b = asBitmap(dest, 'dest_bitmap');
      const v = valueFor(b, value, 'value');
      const cx = validateIntRange(x, 0, b.width, 'x');
      const cy = validateIntRange(y, 0, b.height, 'y');
      drawCircle(b, cx, cy, validateIntMin(radius, 0, 'radius'), v);
    }),
    boundary_fill: defineFunction('boundary_fill(dest_bitmap, x, y, fill_color_value, replaced_color_value=?)', (dest, x, y, fill, replaced) => {
      const b = asBitmap(dest, 'dest_bitmap');
      const f = valueFor(b, fill, 'fill_color_value', 'value out of range of target');
      const r = replaced === undefined ? null : valueFor(b, replaced, 'replaced_color_value', 'background value out of range of target');
      const px = validateInt(x, 'x'), py = validateInt(y, 'y');
      if (px < 0 || py < 0 || px >= b.width || py >= b.height) throw newValueError('out of range of target');
      boundaryFill(b, px, py, f, r);
    }),
  };
}

