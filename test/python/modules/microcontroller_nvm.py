# cpydiff: microcontroller.nvm is 8192 bytes on SAMD51 boards, with CircuitPython's checks (reference/runtime-modules.md)
import microcontroller
nvm = microcontroller.nvm
print(len(nvm), type(nvm[0]).__name__, type(nvm[-1]).__name__, type(nvm[0:4]).__name__, len(nvm[0:4]))
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def too_big():
    nvm[0] = 256
def list_value():
    nvm[0:2] = [1, 2]
def wrong_length():
    nvm[0:2] = b'\x01\x02\x03'
show(lambda: nvm[8192])
show(too_big)
show(lambda: nvm[0:4:2])
show(list_value)
show(wrong_length)
