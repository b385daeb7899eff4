// The Python object layout of vectorio's shapes: the native shape and the Python pixel shader.
import { PyObject, PyValue } from '../../../src/objects';
import { VectorShape } from '../VectorShape';

export class VectorShapeObj extends PyObject {
  shape: VectorShape | null = null;
  shader: PyValue | null = null;
}
