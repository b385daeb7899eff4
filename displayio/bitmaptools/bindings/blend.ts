// bitmaptools.alphablend and dither with the BlendMode and DitherAlgorithm enums.
// reference: vectorio-bitmaptools.md §2.
import { defineFunction, newTypeError, newValueError, None, PyType, PyValue, typeName, validateFloat, validateInt } from '../../../src/objects';
import { defineEnum, EnumValue } from '../../../src/modules/enum-class';
import { asBitmap } from '../../bindings/Bitmap';
import { asColorspace, ColorspaceEnum } from '../../bindings/ColorConverter';
import { optionalInt } from '../../bindings/convert';
import { Colorspace } from '../../Colorspace';
import { alphablend, BlendMode, dither, DitherAlgorithm } from '../blend';

function member(e: { type: PyType }, v: PyValue, name: string): string {
  if (!(v instanceof EnumValue) || v.cls !== e.type) throw newTypeError(`${name} must be of type ${e.type.name}, not ${typeName(v)}`);
  return v.name;
}

const RGB565_FAMILY = [Colorspace.RGB565, Colorspace.RGB565_SWAPPED, Colorspace.BGR565, Colorspace.BGR565_SWAPPED];

export function blendFunctions(cs: ColorspaceEnum): Record<string, PyValue> {
  const modes = defineEnum('bitmaptools', 'BlendMode', ['Normal', 'Screen']);
  const algorithms = defineEnum('bitmaptools', 'DitherAlgorithm', ['Atkinson', 'FloydStenberg']);
  return {
    BlendMode: modes.type,
    DitherAlgorithm: algorithms.type,
    alphablend: defineFunction(
      'alphablend(dest_bitmap, source_bitmap_1, source_bitmap_2, colorspace, factor_1=0.5, factor_2=None, *, blendmode=?, skip_source1_index=None, skip_source2_index=None)',
      (dest, s1, s2, space, f1, f2, mode, skip1, skip2) => {
        const d = asBitmap(dest, 'dest_bitmap'), a = asBitmap(s1, 'source_bitmap_1'), b = asBitmap(s2, 'source_bitmap_2');
        const same = (x: typeof d) => x.width === d.width && x.height === d.height && x.bitsPerValue === d.bitsPerValue;
        if (!same(a) || !same(b)) throw newValueError('Bitmap size and bits per value must match');
        const colorspace = asColorspace(cs, space, 'colorspace');
        const ok = (colorspace === Colorspace.L8 && d.bitsPerValue === 8) || (RGB565_FAMILY.includes(colorspace) && d.bitsPerValue === 16);
        if (!ok) throw newValueError('Unsupported colorspace');
        const factor1 = validateFloat(f1, 'factor_1');
        const factor2 = f2 === None ? 1 - factor1 : validateFloat(f2, 'factor_2');
        alphablend(d, a, b, {
          colorspace, factor1, factor2,
          blendmode: mode === undefined || member(modes, mode, 'blendmode') === 'Normal' ? BlendMode.Normal : BlendMode.Screen,
          skip1: optionalInt(skip1, (v) => validateInt(v, 'skip_source1_index')),
          skip2: optionalInt(skip2, (v) => validateInt(v, 'skip_source2_index')),
        });
      },
    ),
    dither: defineFunction('dither(dest_bitmap, source_bitmap, source_colorspace, algorithm=?)', (dest, src, space, algorithm) => {
      const d = asBitmap(dest, 'dest_bitmap'), s = asBitmap(src, 'source_bitmap');
      if (d.width !== s.width || d.height !== s.height) throw newTypeError('bitmap sizes must match');
      if (d.bitsPerValue !== 1 && d.bitsPerValue !== 16) throw newTypeError('dest_bitmap must have a value_count of 2 or 65536');
      const colorspace = asColorspace(cs, space, 'source_colorspace');
      if (RGB565_FAMILY.includes(colorspace)) {
        if (s.bitsPerValue !== 16) throw newTypeError('source_bitmap must have value_count of 65536');
      } else if (colorspace === Colorspace.L8) {
        if (s.bitsPerValue !== 8) throw newTypeError('source_bitmap must have value_count of 8');
      } else {
        throw newTypeError('source_colorspace must be RGB565, BGR565, RGB565_SWAPPED, BGR565_SWAPPED or L8');
      }
      const algo = algorithm === undefined || member(algorithms, algorithm, 'algorithm') === 'Atkinson'
        ? DitherAlgorithm.Atkinson : DitherAlgorithm.FloydStenberg;
      dither(d, s, colorspace, algo);
    }),
  };
}
