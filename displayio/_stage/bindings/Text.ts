// _stage.Text(width, height, font, palette, chars) as Python sees it: move(x, y).
import { defineClass, newValueError, None, PyObject, PyType, PyValue } from '../../../src/objects';
import { StageText } from '../Text';
import { getInt, i16, readBuffer, u8 } from './convert';

export class TextObj extends PyObject {
  text: StageText | null = null;
  sources: { font: PyValue; palette: PyValue; chars: PyValue } | null = null;
}

export function textForRender(o: TextObj): StageText | null {
  const t = o.text, s = o.sources;
  if (!t || !s) return null;
  t.font = readBuffer(s.font);
  t.palette = readBuffer(s.palette);
  t.chars = readBuffer(s.chars);
  return t;
}

export function defineTextType(): PyType {
  return defineClass({
    name: 'Text',
    module: '_stage',
    alloc: (cls) => new TextObj(cls),
    init: ['__init__(self, width, height, font, palette, chars, /)', (
      self: TextObj, width: PyValue, height: PyValue, font: PyValue, palette: PyValue, chars: PyValue,
    ) => {
      const w = u8(getInt(width)), h = u8(getInt(height));
      const f = readBuffer(font);
      if (f.length !== 2048) throw newValueError('font must be 2048 bytes long');
      const p = readBuffer(palette);
      if (p.length !== 32) throw newValueError('palette must be 32 bytes long');
      const c = readBuffer(chars);
      if (c.length < w * h) throw newValueError('chars buffer too small');
      self.text = new StageText(w, h, f, p, c);
      self.sources = { font, palette, chars };
    }],
    methods: {
      'move(self, x, y, /)': (self: TextObj, x: PyValue, y: PyValue) => {
        const t = self.text;
        if (!t) return None;
        t.x = i16(getInt(x));
        t.y = i16(getInt(y));
        return None;
      },
    },
  });
}
