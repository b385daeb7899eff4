// vectorio.Circle, Rectangle and Polygon as Python sees them, with CircuitPython's argument
// checks and setter quirks. reference: vectorio-bitmaptools.md §1.
import {
  defineClass, newTypeError, newValueError, PyList, PyTuple, PyType, PyValue, typeName, validateInt,
  validateIntMin, validateIntRange, newTuple, newList,
} from '../../../src/objects';
import { nativeOf, bool } from '../../bindings/convert';
import { shaderOf } from '../../bindings/TileGrid';
import { Circle } from '../Circle';
import { Polygon } from '../Polygon';
import { Rectangle } from '../Rectangle';
import { VectorShape } from '../VectorShape';
import { VectorShapeObj } from './objects';

const coord = (v: PyValue, name: string) => validateIntRange(v, -32768, 32767, name);

function required<T>(v: T | undefined, name: string): T {
  if (v === undefined) throw newTypeError(`'${name}' argument required`);
  return v;
}

function fixedPair(v: PyValue): [PyValue, PyValue] {
  if (!(v instanceof PyTuple) && !(v instanceof PyList)) throw newTypeError(`object '${typeName(v)}' isn't a tuple or list`);
  if (v.items.length !== 2) throw newValueError(`requested length 2 but object has length ${v.items.length}`);
  return [v.items[0], v.items[1]];
}

function parsePoints(v: PyValue): Array<[number, number]> {
  if (!(v instanceof PyList)) throw newTypeError(`points must be of type list, not ${typeName(v)}`);
  return v.items.map((p) => {
    if (!(p instanceof PyTuple)) throw newTypeError(`point must be of type tuple, not ${typeName(p)}`);
    const [x, y] = fixedPair(p);
    return [coord(x, 'x'), coord(y, 'y')];
  });
}

/** What every shape class shares: position, location, hidden, colour, shader, contains. */
function common(extra: Record<string, { get: (s: VectorShapeObj) => PyValue; set?: (s: VectorShapeObj, v: PyValue) => void }>) {
  const shapeOf = (s: VectorShapeObj): VectorShape => nativeOf(s.shape);
  return {
    methods: {
      'contains(self, x, y, /)': (s: VectorShapeObj, x: PyValue, y: PyValue) => shapeOf(s).contains(validateInt(x, 'x'), validateInt(y, 'y')),
    },
    properties: {
      x: { get: (s: VectorShapeObj) => shapeOf(s).x, set: (s: VectorShapeObj, v: PyValue) => { shapeOf(s).x = coord(v, 'x'); } },
      y: { get: (s: VectorShapeObj) => shapeOf(s).y, set: (s: VectorShapeObj, v: PyValue) => { shapeOf(s).y = coord(v, 'y'); } },
      location: {
        get: (s: VectorShapeObj) => newTuple([shapeOf(s).x, shapeOf(s).y]),
        set: (s: VectorShapeObj, v: PyValue) => {
          const [x, y] = fixedPair(v);
          const shape = shapeOf(s);
          shape.x = coord(x, 'x');
          shape.y = coord(y, 'y');
        },
      },
      hidden: { get: (s: VectorShapeObj) => shapeOf(s).hidden, set: (s: VectorShapeObj, v: PyValue) => { shapeOf(s).hidden = bool(v); } },
      color_index: {
        get: (s: VectorShapeObj) => shapeOf(s).colorIndex,
        set: (s: VectorShapeObj, v: PyValue) => { shapeOf(s).colorIndex = validateInt(v, 'color_index'); },
      },
      pixel_shader: {
        get: (s: VectorShapeObj) => { shapeOf(s); return s.shader!; },
        set: (s: VectorShapeObj, v: PyValue) => { shapeOf(s).pixelShader = shaderOf(v); s.shader = v; },
      },
      ...extra,
    },
  };
}

export function defineShapeTypes(): { Circle: PyType; Rectangle: PyType; Polygon: PyType } {
  const place = (self: VectorShapeObj, shape: VectorShape, shader: PyValue) => {
    self.shape = shape;
    self.shader = shader;
    shape.owner = self;
  };
  const circle = (s: VectorShapeObj) => nativeOf(s.shape) as Circle;
  const rect = (s: VectorShapeObj) => nativeOf(s.shape) as Rectangle;
  const poly = (s: VectorShapeObj) => nativeOf(s.shape) as Polygon;
  const Circle_ = defineClass({
    name: 'Circle',
    module: 'vectorio',
    alloc: (cls) => new VectorShapeObj(cls),
    init: ['__init__(self, radius=?, *, pixel_shader=?, x=0, y=0, color_index=0)', (self: VectorShapeObj, radius: PyValue | undefined,
      shader: PyValue | undefined, x: PyValue, y: PyValue, color: PyValue) => {
      const sh = required(shader, 'pixel_shader');
      const r = validateIntMin(required(radius, 'radius'), 1, 'radius');
      place(self, new Circle(shaderOf(sh), r, coord(x, 'x'), coord(y, 'y'), validateInt(color, 'color_index')), sh);
    }],
    ...common({
      radius: { get: (s) => circle(s).radius, set: (s, v) => { circle(s).radius = validateInt(v, 'radius'); } },
    }),
  });
  const Rectangle_ = defineClass({
    name: 'Rectangle',
    module: 'vectorio',
    alloc: (cls) => new VectorShapeObj(cls),
    init: ['__init__(self, width=?, height=?, *, pixel_shader=?, x=0, y=0, color_index=0)', (self: VectorShapeObj,
      width: PyValue | undefined, height: PyValue | undefined, shader: PyValue | undefined, x: PyValue, y: PyValue, color: PyValue) => {
      const sh = required(shader, 'pixel_shader');
      const w = validateIntMin(required(width, 'width'), 1, 'width');
      const h = validateIntMin(required(height, 'height'), 1, 'height');
      place(self, new Rectangle(shaderOf(sh), w, h, coord(x, 'x'), coord(y, 'y'), validateInt(color, 'color_index')), sh);
    }],
    ...common({
      width: { get: (s) => rect(s).width, set: (s, v) => { rect(s).width = validateInt(v, 'width'); } },
      height: { get: (s) => rect(s).height, set: (s, v) => { rect(s).height = validateInt(v, 'height'); } },
    }),
  });
  const Polygon_ = defineClass({
    name: 'Polygon',
    module: 'vectorio',
    alloc: (cls) => new VectorShapeObj(cls),
    init: ['__init__(self, points=?, *, pixel_shader=?, x=0, y=0, color_index=0)', (self: VectorShapeObj,
      points: PyValue | undefined, shader: PyValue | undefined, x: PyValue, y: PyValue, color: PyValue) => {
      const sh = required(shader, 'pixel_shader');
      const pts = parsePoints(required(points, 'points'));
      if (pts.length < 3) throw newTypeError('Polygon needs at least 3 points');
      place(self, new Polygon(shaderOf(sh), pts, coord(x, 'x'), coord(y, 'y'), validateInt(color, 'color_index')), sh);
    }],
    ...common({
      points: {
        get: (s) => newList(poly(s).points.map(([px, py]) => newTuple([px, py]))),
        set: (s, v) => {
          const pts = parsePoints(v);
          if (pts.length < 3) throw newTypeError('Polygon needs at least 3 points');
          poly(s).points = pts;
        },
      },
    }),
  });
  return { Circle: Circle_, Rectangle: Rectangle_, Polygon: Polygon_ };
}
