# I2CDevice(i2c, device_address, probe=True): one target on an I2C bus; "with device:" holds
# the bus lock. Probing looks for an answer at the address when the device is made.


class I2CDevice:
    def __init__(self, i2c, device_address, probe=True):
        self.i2c = i2c
        self.device_address = device_address
        if probe:
            self._probe()

    def _probe(self):
        while not self.i2c.try_lock():
            pass
        found = True
        try:
            try:
                self.i2c.writeto(self.device_address, b'')
            except OSError:
                try:
                    self.i2c.readfrom_into(self.device_address, bytearray(1))
                except OSError:
                    found = False
        finally:
            self.i2c.unlock()
        if not found:
            raise ValueError('No I2C device at address: 0x%x' % self.device_address)

    def readinto(self, buf, *, start=0, end=None):
        self.i2c.readfrom_into(self.device_address, buf, start=start, end=end)

    def write(self, buf, *, start=0, end=None):
        self.i2c.writeto(self.device_address, buf, start=start, end=end)

    def write_then_readinto(self, out_buffer, in_buffer, *, out_start=0, out_end=None, in_start=0, in_end=None):
        self.i2c.writeto_then_readfrom(self.device_address, out_buffer, in_buffer, out_start=out_start,
                                       out_end=out_end, in_start=in_start, in_end=in_end)

    def __enter__(self):
        while not self.i2c.try_lock():
            pass
        return self

    def __exit__(self, *exc):
        self.i2c.unlock()
        return False
