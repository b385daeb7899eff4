# io: in-memory files. StringIO holds text, BytesIO bytes; both read, readline, write, seek, tell,
# getvalue, iterate by line and work as context managers.


class IOBase:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._closed = True

    def flush(self):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class _Memory(IOBase):
    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def read(self, size=-1):
        self._check()
        end = len(self._buf) if size is None or size < 0 else min(len(self._buf), self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check()
        nl = self._buf.find(self._nl, self._pos)
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readlines(self):
        return list(self)

    def write(self, data):
        self._check()
        if not isinstance(data, type(self._buf[:0])):
            data = self._convert(data)
        n = len(data)
        if self._pos > len(self._buf):
            self._buf = self._buf + self._pad * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + data + self._buf[self._pos + n:]
        self._pos += n
        return n

    def seek(self, offset, whence=0):
        self._check()
        if whence == 1:
            offset += self._pos
        elif whence == 2:
            offset += len(self._buf)
        self._pos = max(0, offset)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def getvalue(self):
        self._check()
        return self._buf


class StringIO(_Memory):
    _nl = '\n'
    _pad = '\x00'

    def __init__(self, initial=''):
        if initial is None:
            initial = ''
        if not isinstance(initial, str):
            raise TypeError("can't convert '%s' object to str implicitly" % type(initial).__name__)
        super().__init__(initial)

    def _convert(self, data):
        raise TypeError("can't convert '%s' object to str implicitly" % type(data).__name__)


class BytesIO(_Memory):
    _nl = b'\n'
    _pad = b'\x00'

    def __init__(self, initial=b''):
        super().__init__(bytes(initial) if initial is not None else b'')

    def _convert(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return bytes(data)

    def readinto(self, buf):
        data = self.read(len(buf))
        buf[:len(data)] = data
        return len(data)
