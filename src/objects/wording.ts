// Error texts where CircuitPython words things differently from CPython 3.11; the runtime shows
// CircuitPython's, as games and their tests see them on the device (reference:
// console-and-errors.md §4). Every such text lives here, so the choice is made in one place.

/** `a OP b` unsupported: dunder is the operator method (`__add__`, `__iadd__`, `__lt__` …). */
export function unsupportedTypes(dunder: string, a: string, b: string): string {
  return `unsupported types for ${dunder}: '${a}', '${b}'`;
}

/** A unary operator unsupported (`-'x'`). */
export function unsupportedType(dunder: string, a: string): string {
  return `unsupported type for ${dunder}: '${a}'`;
}

/** str + non-str. */
export function cantConvertToStr(t: string): string {
  return `can't convert '${t}' object to str implicitly`;
}

export function notSubscriptable(t: string): string {
  return `'${t}' object isn't subscriptable`;
}

export function noItemAssignment(t: string): string {
  return `'${t}' object doesn't support item assignment`;
}

export function noItemDeletion(t: string): string {
  return `'${t}' object doesn't support item deletion`;
}

/** list and tuple indices (str keeps CPython's "string index out of range"). */
export const INDEX_OUT_OF_RANGE = 'index out of range';

/** list.remove / list.index / tuple.index of a missing item. */
export const NOT_IN_SEQUENCE = 'object not in sequence';

/** A missing attribute of a module. */
export function moduleNoAttribute(name: string): string {
  return `'module' object has no attribute '${name}'`;
}

/** Native argument binding (shared/runtime argcheck wording: no function name). */
export function tooManyPositional(max: number, given: number): string {
  return `function takes ${max} positional arguments but ${given} were given`;
}

export function missingPositional(count: number): string {
  return `function missing ${count} required positional arguments`;
}

export function missingKeyword(name: string): string {
  return `'${name}' argument required`;
}

export function unexpectedKeyword(name: string): string {
  return `unexpected keyword argument '${name}'`;
}
