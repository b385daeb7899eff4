// re: compile, match, search, sub and split over JS RegExp (see translate.ts for the accepted
// syntax), with match objects offering group, groups, start, end and span. str and bytes
// subjects both work; bytes are matched as Latin-1 text and come back as bytes.
import {
  None, PyBytes, PyObject, PyType, PyValue, bytesLike, call, defineClass, defineFunction, newException, newList, newTuple,
  newTypeError, newValueError, NotImplementedError, typeName, IndexError,
} from '../../objects';
import { toInteger } from '../args-util';
import type { NativeModule } from '../module-def';
import { RegexSyntaxError, translate } from './translate';

interface Subject { text: string; bytes: boolean }

function subjectOf(v: PyValue): Subject {
  if (typeof v === 'string') return { text: v, bytes: false };
  const d = bytesLike(v);
  if (d === undefined) throw newTypeError(`can't convert '${typeName(v)}' object to str implicitly`);
  return { text: String.fromCharCode(...d), bytes: true };
}

function wrap(text: string, bytes: boolean): PyValue {
  return bytes ? new PyBytes(Uint8Array.from(text, (c) => c.charCodeAt(0))) : text;
}

class PatternObj extends PyObject {
  sticky!: RegExp;
  global!: RegExp;
  groups = 0;
  source: PyValue = '';
}

class MatchObj extends PyObject {
  subject!: Subject;
  /** [start, end] of the whole match and each group; undefined for groups that took no part. */
  spans: ([number, number] | undefined)[] = [];
}

function compile(pattern: PyValue): PatternObj {
  if (pattern instanceof PatternObj) return pattern;
  const { text } = subjectOf(pattern);
  let t;
  try {
    t = translate(text);
    const p = new PatternObj(patternType);
    p.sticky = new RegExp(t.source, 'dy');
    p.global = new RegExp(t.source, 'dg');
    p.groups = t.groups;
    p.source = pattern;
    return p;
  } catch (e) {
    if (e instanceof RegexSyntaxError || e instanceof SyntaxError) throw newValueError('Error in regex');
    throw e;
  }
}

/** Runs the pattern on text[pos:endpos], anchored at pos or searching from it. */
function exec(p: PatternObj, subject: Subject, anchored: boolean, pos = 0, endpos = subject.text.length): MatchObj | null {
  const re = anchored ? p.sticky : p.global;
  const text = endpos < subject.text.length ? subject.text.slice(0, endpos) : subject.text;
  re.lastIndex = Math.max(0, Math.min(pos, text.length));
  const m = re.exec(text);
  if (m === null) return null;
  const r = new MatchObj(matchType);
  r.subject = subject;
  r.spans = Array.from({ length: p.groups + 1 }, (_, k) => m.indices![k] as [number, number] | undefined);
  return r;
}

function groupIndex(m: MatchObj, n: PyValue): number {
  const i = toInteger(n, 'group');
  if (i < 0 || i >= m.spans.length) throw newException(IndexError, 'no such group');
  return i;
}

function group(m: MatchObj, n: PyValue): PyValue {
  const s = m.spans[groupIndex(m, n)];
  return s === undefined ? None : wrap(m.subject.text.slice(s[0], s[1]), m.subject.bytes);
}

function span(m: MatchObj, n: PyValue): [number, number] {
  return m.spans[groupIndex(m, n)] ?? [-1, -1];
}

/** The replacement for one match: a callable's result, or the template with \1 and \g<1> filled. */
function replacement(repl: PyValue, m: MatchObj): string {
  if (typeof repl !== 'string' && bytesLike(repl) === undefined) return subjectOf(call(repl, [m])).text;
  const tpl = subjectOf(repl).text;
  return tpl.replace(/\\(?:(\d+)|g<(\d+)>|(.))/gs, (all, d1?: string, d2?: string, other?: string) => {
    if (other !== undefined) return other === 'n' ? '\n' : other === 't' ? '\t' : other === '\\' ? '\\' : all;
    const v = group(m, Number(d1 ?? d2));
    return v === None ? '' : subjectOf(v).text;
  });
}

function sub(p: PatternObj, repl: PyValue, string: PyValue, count: number): PyValue {
  const subject = subjectOf(string);
  const text = subject.text;
  let out = '';
  let at = 0, n = 0, from = 0;
  while (from <= text.length && (count <= 0 || n < count)) {
    const m = exec(p, subject, false, from);
    if (m === null) break;
    const [s, e] = m.spans[0]!;
    out += text.slice(at, s) + replacement(repl, m);
    at = e;
    n++;
    from = e === s ? e + 1 : e;
    if (e === s && s < text.length) { out += text[s]; at = s + 1; }
  }
  return wrap(out + text.slice(at), subject.bytes);
}

function split(p: PatternObj, string: PyValue, maxsplit: number): PyValue {
  if (p.groups > 0) throw newException(NotImplementedError, 'Splitting with sub-captures');
  const subject = subjectOf(string);
  const parts: PyValue[] = [];
  let at = 0;
  while (maxsplit <= 0 || parts.length < maxsplit) {
    const m = exec(p, subject, false, at);
    if (m === null) break;
    const [s, e] = m.spans[0]!;
    if (s === e) break;
    parts.push(wrap(subject.text.slice(at, s), subject.bytes));
    at = e;
  }
  parts.push(wrap(subject.text.slice(at), subject.bytes));
  return newList(parts);
}

const matchType: PyType = defineClass({
  name: 'match',
  module: 're',
  subclassable: false,
  methods: {
    'group(self, *n)': (self: MatchObj, n: PyValue[]) => n.length === 0 ? group(self, 0)
      : n.length === 1 ? group(self, n[0]) : newTuple(n.map((k) => group(self, k))),
    'groups(self, default=None)': (self: MatchObj, dflt: PyValue) =>
      newTuple(self.spans.slice(1).map((_, k) => { const v = group(self, k + 1); return v === None ? dflt : v; })),
    'start(self, n=0, /)': (self: MatchObj, n: PyValue) => span(self, n)[0],
    'end(self, n=0, /)': (self: MatchObj, n: PyValue) => span(self, n)[1],
    'span(self, n=0, /)': (self: MatchObj, n: PyValue) => newTuple(span(self, n)),
  },
  slots: {
    repr: (self: MatchObj) => `<match num=${self.spans.length}>`,
  },
});

const patternType: PyType = defineClass({
  name: 're',
  module: 're',
  subclassable: false,
  methods: {
    'match(self, string, pos=0, endpos=?, /)': (self: PatternObj, s: PyValue, pos: PyValue, endpos: PyValue | undefined) => {
      const subject = subjectOf(s);
      return exec(self, subject, true, toInteger(pos, 'pos'), endpos === undefined ? undefined : toInteger(endpos, 'endpos')) ?? None;
    },
    'search(self, string, pos=0, endpos=?, /)': (self: PatternObj, s: PyValue, pos: PyValue, endpos: PyValue | undefined) => {
      const subject = subjectOf(s);
      return exec(self, subject, false, toInteger(pos, 'pos'), endpos === undefined ? undefined : toInteger(endpos, 'endpos')) ?? None;
    },
    'sub(self, repl, string, count=0, /)': (self: PatternObj, repl: PyValue, s: PyValue, count: PyValue) =>
      sub(self, repl, s, toInteger(count, 'count')),
    'split(self, string, maxsplit=0, /)': (self: PatternObj, s: PyValue, maxsplit: PyValue) =>
      split(self, s, toInteger(maxsplit, 'maxsplit')),
  },
  slots: {
    repr: (self: PatternObj) => `<re ${typeof self.source === 'string' ? "'" + self.source + "'" : 'bytes'}>`,
  },
});

export const reModule: NativeModule = {
  name: 're',
  build() {
    return {
      compile: defineFunction('compile(pattern, flags=0, /)', (p: PyValue) => compile(p)),
      match: defineFunction('match(pattern, string, flags=0, /)', (p: PyValue, s: PyValue) => exec(compile(p), subjectOf(s), true) ?? None),
      search: defineFunction('search(pattern, string, flags=0, /)', (p: PyValue, s: PyValue) => exec(compile(p), subjectOf(s), false) ?? None),
      sub: defineFunction('sub(pattern, repl, string, count=0, flags=0, /)', (p: PyValue, repl: PyValue, s: PyValue, count: PyValue) =>
        sub(compile(p), repl, s, toInteger(count, 'count'))),
      split: defineFunction('split(pattern, string, maxsplit=0, flags=0, /)', (p: PyValue, s: PyValue, maxsplit: PyValue) =>
        split(compile(p), s, toInteger(maxsplit, 'maxsplit'))),
      DEBUG: 4096,
    };
  },
};
