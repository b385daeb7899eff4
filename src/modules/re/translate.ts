// Python regular expressions, in the subset CircuitPython's re engine accepts, rewritten as JS
// RegExp source. Accepted: literals, `.`, classes, `^ $`, `* + ?` and their lazy forms, `|`,
// capturing `(...)` and non-capturing `(?:...)` groups, `\d \D \s \S \w \W` and character
// escapes. Everything else the board rejects (named groups, lookaround, backreferences, `\A`…)
// is a RegexSyntaxError; braces are plain characters there, so they are here.

export class RegexSyntaxError extends Error {}

const CLASS_ESCAPES = 'dDsSwW';
const CHAR_ESCAPES: Record<string, string> = { a: '\\x07', b: '\\x08', f: '\\f', n: '\\n', r: '\\r', t: '\\t', v: '\\v' };

function escape(c: string | undefined): string {
  if (c === undefined) throw new RegexSyntaxError();
  if (CLASS_ESCAPES.includes(c)) return '\\' + c;
  if (c in CHAR_ESCAPES) return CHAR_ESCAPES[c];
  if (/[0-9A-Za-z]/.test(c)) throw new RegexSyntaxError();
  return '\\' + c;
}

export interface Translated { source: string; groups: number }

export function translate(pattern: string): Translated {
  let out = '';
  let groups = 0;
  let depth = 0;
  /** Whether the last thing emitted can take a quantifier. */
  let atom = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    switch (c) {
      case '\\':
        out += escape(pattern[++i]);
        atom = true;
        break;
      case '[': {
        let j = i + 1;
        let cls = '[';
        if (pattern[j] === '^') { cls += '^'; j++; }
        if (pattern[j] === ']') { cls += '\\]'; j++; }
        for (; j < pattern.length && pattern[j] !== ']'; j++) {
          if (pattern[j] === '\\') cls += escape(pattern[++j]);
          else if (pattern[j] === '[') cls += '\\[';
          else cls += pattern[j];
        }
        if (j >= pattern.length) throw new RegexSyntaxError();
        out += cls + ']';
        i = j;
        atom = true;
        break;
      }
      case '(':
        if (pattern[i + 1] === '?') {
          if (pattern[i + 2] !== ':') throw new RegexSyntaxError();
          out += '(?:';
          i += 2;
        } else {
          out += '(';
          groups++;
        }
        depth++;
        atom = false;
        break;
      case ')':
        if (depth === 0) throw new RegexSyntaxError();
        depth--;
        out += ')';
        atom = true;
        break;
      case '*': case '+': case '?':
        if (!atom) throw new RegexSyntaxError();
        out += c;
        if (pattern[i + 1] === '?') { out += '?'; i++; }
        atom = false;
        break;
      case '|':
        out += '|';
        atom = false;
        break;
      case '.':
        out += '[^\\n]';
        atom = true;
        break;
      case '^': case '$':
        out += c;
        atom = false;
        break;
      case '{': case '}': case '/':
        out += '\\' + c;
        atom = true;
        break;
      default:
        out += c;
        atom = true;
    }
  }
  if (depth !== 0) throw new RegexSyntaxError();
  return { source: out, groups };
}
