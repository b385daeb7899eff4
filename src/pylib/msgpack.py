# msgpack: pack(obj, stream, *, default=None) and unpack(stream, *, ext_hook=None, use_list=True)
# with ExtType, the MessagePack encoding CircuitPython 9 writes to and reads from streams.
import struct


class ExtType:
    def __init__(self, code, data):
        if not isinstance(code, int) or not 0 <= code <= 127:
            raise ValueError('code must be 0-127')
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError('data must be of type bytes')
        self.code = code
        self.data = data

    def __eq__(self, other):
        return isinstance(other, ExtType) and self.code == other.code and self.data == other.data

    def __repr__(self):
        return 'ExtType(code=%d, data=%r)' % (self.code, self.data)


def _sized(out, n, small_tag, small_max, tags):
    if n <= small_max and small_tag is not None:
        out.write(bytes((small_tag | n,)))
    elif n < 0x100 and tags[0] is not None:
        out.write(struct.pack('>BB', tags[0], n))
    elif n < 0x10000:
        out.write(struct.pack('>BH', tags[1], n))
    else:
        out.write(struct.pack('>BI', tags[2], n))


def _pack(obj, out, default):
    if obj is None:
        out.write(b'\xc0')
    elif obj is True:
        out.write(b'\xc3')
    elif obj is False:
        out.write(b'\xc2')
    elif isinstance(obj, int):
        if 0 <= obj < 0x80 or -32 <= obj < 0:
            out.write(struct.pack('>b' if obj < 0 else '>B', obj))
        elif obj >= 0:
            for tag, fmt, top in ((0xcc, 'B', 0xff), (0xcd, 'H', 0xffff), (0xce, 'I', 0xffffffff), (0xcf, 'Q', 0xffffffffffffffff)):
                if obj <= top:
                    out.write(struct.pack('>B' + fmt, tag, obj))
                    break
            else:
                raise OverflowError('overflow converting long int to machine word')
        else:
            for tag, fmt, bottom in ((0xd0, 'b', -0x80), (0xd1, 'h', -0x8000), (0xd2, 'i', -0x80000000), (0xd3, 'q', -0x8000000000000000)):
                if obj >= bottom:
                    out.write(struct.pack('>B' + fmt, tag, obj))
                    break
            else:
                raise OverflowError('overflow converting long int to machine word')
    elif isinstance(obj, float):
        out.write(struct.pack('>Bf', 0xca, obj))
    elif isinstance(obj, str):
        data = obj.encode('utf-8')
        _sized(out, len(data), 0xa0, 31, (0xd9, 0xda, 0xdb))
        out.write(data)
    elif isinstance(obj, (bytes, bytearray)):
        _sized(out, len(obj), None, -1, (0xc4, 0xc5, 0xc6))
        out.write(obj)
    elif isinstance(obj, (list, tuple)):
        _sized(out, len(obj), 0x90, 15, (None, 0xdc, 0xdd))
        for x in obj:
            _pack(x, out, default)
    elif isinstance(obj, dict):
        _sized(out, len(obj), 0x80, 15, (None, 0xde, 0xdf))
        for k, v in obj.items():
            _pack(k, out, default)
            _pack(v, out, default)
    elif isinstance(obj, ExtType):
        n = len(obj.data)
        fixed = {1: 0xd4, 2: 0xd5, 4: 0xd6, 8: 0xd7, 16: 0xd8}
        if n in fixed:
            out.write(bytes((fixed[n], obj.code)))
        else:
            _sized(out, n, None, -1, (0xc7, 0xc8, 0xc9))
            out.write(bytes((obj.code,)))
        out.write(obj.data)
    elif default is not None:
        _pack(default(obj), out, None)
    else:
        raise TypeError('no default packer')


def pack(obj, stream, *, default=None):
    _pack(obj, stream, default)


def _read(stream, n):
    data = stream.read(n)
    if data is None or len(data) < n:
        raise EOFError
    return data


def _unpack(s, ext_hook, use_list):
    tag = _read(s, 1)[0]
    if tag < 0x80:
        return tag
    if tag >= 0xe0:
        return tag - 0x100
    if 0x80 <= tag <= 0x8f:
        return _map(s, tag & 0x0f, ext_hook, use_list)
    if 0x90 <= tag <= 0x9f:
        return _array(s, tag & 0x0f, ext_hook, use_list)
    if 0xa0 <= tag <= 0xbf:
        return str(_read(s, tag & 0x1f), 'utf-8')
    if tag == 0xc0:
        return None
    if tag == 0xc2:
        return False
    if tag == 0xc3:
        return True
    if tag in (0xc4, 0xc5, 0xc6):
        return _read(s, _length(s, tag - 0xc4))
    if tag in (0xc7, 0xc8, 0xc9):
        n = _length(s, tag - 0xc7)
        return _ext(s, n, ext_hook)
    if tag == 0xca:
        return struct.unpack('>f', _read(s, 4))[0]
    if tag == 0xcb:
        return struct.unpack('>d', _read(s, 8))[0]
    if 0xcc <= tag <= 0xd3:
        fmt = 'BHIQbhiq'[tag - 0xcc]
        return struct.unpack('>' + fmt, _read(s, struct.calcsize(fmt)))[0]
    if 0xd4 <= tag <= 0xd8:
        return _ext(s, 1 << (tag - 0xd4), ext_hook)
    if tag in (0xd9, 0xda, 0xdb):
        return str(_read(s, _length(s, tag - 0xd9)), 'utf-8')
    if tag in (0xdc, 0xdd):
        return _array(s, _length(s, tag - 0xdc + 1), ext_hook, use_list)
    if tag in (0xde, 0xdf):
        return _map(s, _length(s, tag - 0xde + 1), ext_hook, use_list)
    raise ValueError('unknown code')


def _length(s, size_index):
    fmt = '>' + 'BHI'[size_index]
    return struct.unpack(fmt, _read(s, struct.calcsize(fmt)))[0]


def _ext(s, n, ext_hook):
    code = _read(s, 1)[0]
    data = _read(s, n)
    if ext_hook is not None:
        return ext_hook(code, data)
    return ExtType(code, data)


def _array(s, n, ext_hook, use_list):
    items = [_unpack(s, ext_hook, use_list) for _ in range(n)]
    return items if use_list else tuple(items)


def _map(s, n, ext_hook, use_list):
    d = {}
    for _ in range(n):
        k = _unpack(s, ext_hook, use_list)
        d[k] = _unpack(s, ext_hook, use_list)
    return d


def unpack(stream, *, ext_hook=None, use_list=True):
    return _unpack(stream, ext_hook, use_list)
