# collections: namedtuple, OrderedDict and a bounded deque, the three CircuitPython 9 provides.
# reference: runtime-modules.md (collections); CPython's behaviour where CircuitPython agrees.


def namedtuple(name, fields):
    if isinstance(fields, str):
        fields = fields.replace(',', ' ').split()
    fields = tuple(fields)
    count = len(fields)

    def __new__(cls, *args, **kwargs):
        if len(args) > count:
            raise TypeError('function takes %d positional arguments but %d were given' % (count, len(args)))
        values = list(args)
        for f in fields[len(args):]:
            if f not in kwargs:
                raise TypeError("function missing required argument '%s'" % f)
            values.append(kwargs.pop(f))
        if kwargs:
            for k in kwargs:
                raise TypeError("unexpected keyword argument '%s'" % k)
        return tuple.__new__(cls, values)

    def __repr__(self):
        return name + '(' + ', '.join(f + '=' + repr(v) for f, v in zip(fields, self)) + ')'

    def _asdict(self):
        d = OrderedDict()
        for f, v in zip(fields, self):
            d[f] = v
        return d

    def _replace(self, **kwargs):
        return self.__class__(*[kwargs.pop(f, v) for f, v in zip(fields, self)])

    ns = {'__new__': __new__, '__repr__': __repr__, '__slots__': (), '_fields': fields,
          '_asdict': _asdict, '_replace': _replace}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    return type(name, (tuple,), ns)


class OrderedDict(dict):
    def __repr__(self):
        return 'OrderedDict(' + dict.__repr__(self) + ')'


class deque:
    def __init__(self, iterable, maxlen, flags=0):
        if not isinstance(maxlen, int):
            raise TypeError("can't convert %s to int" % type(maxlen).__name__)
        if maxlen <= 0:
            raise ValueError('maxlen must be > 0')
        self._items = []
        self._max = maxlen
        self._strict = flags & 1
        for x in iterable:
            self.append(x)

    def append(self, x):
        if len(self._items) >= self._max:
            if self._strict:
                raise IndexError('full')
            self._items.pop(0)
        self._items.append(x)

    def appendleft(self, x):
        if len(self._items) >= self._max:
            if self._strict:
                raise IndexError('full')
            self._items.pop()
        self._items.insert(0, x)

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def pop(self):
        if not self._items:
            raise IndexError('empty')
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('empty')
        return self._items.pop(0)

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v
