// displayio.ColorConverter(*, input_colorspace=Colorspace.RGB888, dither=False) and the
// Colorspace enum as Python sees them. reference: displayio-objects.md, ColorConverter.
import { defineClass, newTypeError, PyType, PyValue, typeName } from '../../src/objects';
import { defineEnum, EnumValue } from '../../src/modules/enum-class';
import { ColorConverter } from '../ColorConverter';
import { Colorspace, COLORSPACE_NAMES } from '../Colorspace';
import { bool, guard, nativeOf } from './convert';
import { ColorConverterObj } from './objects';

export function converterOf(self: ColorConverterObj): ColorConverter {
  return nativeOf(self.converter);
}

export interface ColorspaceEnum {
  type: PyType;
  values: Record<string, EnumValue>;
}

export function defineColorspace(module = 'displayio'): ColorspaceEnum {
  return defineEnum(module, 'Colorspace', [...COLORSPACE_NAMES]);
}

/** A Colorspace member → the implementation's enum; TypeError otherwise. */
export function asColorspace(cs: ColorspaceEnum, v: PyValue, name: string): Colorspace {
  if (!(v instanceof EnumValue) || v.cls !== cs.type) throw newTypeError(`${name} must be of type Colorspace, not ${typeName(v)}`);
  return COLORSPACE_NAMES.indexOf(v.name as typeof COLORSPACE_NAMES[number]) as Colorspace;
}

function colorArg(v: PyValue): number {
  if (typeof v !== 'number' && typeof v !== 'boolean') throw newTypeError(`color must be of type int, not ${typeName(v)}`);
  return Number(v);
}

export function defineColorConverterType(cs: ColorspaceEnum): PyType {
  return defineClass({
    name: 'ColorConverter',
    module: 'displayio',
    alloc: (cls) => new ColorConverterObj(cls),
    init: ['__init__(self, *, input_colorspace=?, dither=False)', (self: ColorConverterObj, space: PyValue | undefined, dither: PyValue) => {
      const input = space === undefined ? Colorspace.RGB888 : asColorspace(cs, space, 'input_colorspace');
      self.converter = new ColorConverter(input, bool(dither));
    }],
    methods: {
      'convert(self, color, /)': (self: ColorConverterObj, color: PyValue) => converterOf(self).convert(colorArg(color)),
      'make_transparent(self, color, /)': (self: ColorConverterObj, color: PyValue) => {
        const c = converterOf(self);
        const value = colorArg(color);
        guard(() => c.makeTransparent(value));
      },
      'make_opaque(self, color, /)': (self: ColorConverterObj) => {
        converterOf(self).makeOpaque();
      },
    },
    properties: {
      dither: {
        get: (self: ColorConverterObj) => converterOf(self).dither,
        set: (self: ColorConverterObj, v: PyValue) => { converterOf(self).dither = bool(v); },
      },
    },
  });
}

export function wrapConverter(type: PyType, converter: ColorConverter): ColorConverterObj {
  const obj = new ColorConverterObj(type);
  obj.converter = converter;
  return obj;
}
