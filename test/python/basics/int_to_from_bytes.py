# int.to_bytes and int.from_bytes.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((255).to_bytes(4, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-2).to_bytes(2, 'little', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'\x00' * 10 + b'\x01', 'big'))
print((2 ** 72).to_bytes(10, 'big'))
print(int.from_bytes(bytearray([1, 2, 3]), 'little'))
