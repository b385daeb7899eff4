# Descriptors: __get__ and __set__ on class attributes (as register libraries use them).
class Bits:
    def __init__(self, shift, width):
        self.shift = shift
        self.mask = (1 << width) - 1
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return (obj.reg >> self.shift) & self.mask
    def __set__(self, obj, value):
        obj.reg = (obj.reg & ~(self.mask << self.shift)) | ((value & self.mask) << self.shift)
class Device:
    low = Bits(0, 4)
    high = Bits(4, 4)
    def __init__(self):
        self.reg = 0
d = Device()
d.low = 5
d.high = 0xA
print(hex(d.reg), d.low, d.high)
d.low = 0x1F
print(hex(d.reg), type(Device.low).__name__)
class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 'computed'
class Holder:
    attr = ReadOnly()
h = Holder()
print(h.attr, Holder.attr)
h.attr = 'instance value'
print(h.attr)
