# struct.unpack_from and pack_into work on offsets in buffers; wrong sizes raise (struct.error or ValueError).
import struct
data = b'\x00\x01\x02\x03\x04\x05\x06\x07'
print(struct.unpack_from('<H', data), struct.unpack_from('<H', data, 2), struct.unpack_from('>I', data, 4))
buf = bytearray(8)
struct.pack_into('<H', buf, 0, 0xABCD)
struct.pack_into('>H', buf, 4, 0xABCD)
print(buf)
try:
    struct.unpack('<I', b'\x00\x01')
except Exception:
    print('error raised')
try:
    struct.pack('<B', 1, 2)
except Exception:
    print('error raised')
