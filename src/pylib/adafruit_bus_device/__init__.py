# adafruit_bus_device: I2CDevice and SPIDevice, the lock-and-transact helpers CircuitPython
# builds in (drivers import them as adafruit_bus_device.i2c_device / .spi_device).
