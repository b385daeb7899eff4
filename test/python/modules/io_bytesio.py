# io.BytesIO as an in-memory binary file.
import io
b = io.BytesIO()
print(b.write(b'\x00\x01'), b.write(b'abc'))
print(b.getvalue())
r = io.BytesIO(b'0123456789')
print(r.read(3), r.read(2), r.read())
r.seek(5)
print(r.read(2), r.tell())
print(io.BytesIO(b'x\ny\n').readline())
