// The constant kind whose Python type lives outside core.ts (bytes).
import { PyValue } from '../../objects/core';
import { PyBytes } from '../../objects/bytes';

export function newBytes(data: Uint8Array): PyValue {
  return new PyBytes(data);
}
