# cpydiff: microcontroller.nvm is 8192 bytes on SAMD51 boards, with CircuitPython's checks (reference/runtime-modules.md)
import microcontroller
nvm = microcontroller.nvm
print(len(nvm), type(nvm[0]).__name__, type(nvm[-1]).__name__, type(nvm[0:4]).__name__, len(nvm[0:4]))
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: nvm[8192])
show(lambda: nvm.__setitem__(0, 256))
show(lambda: nvm[0:4:2])
show(lambda: nvm.__setitem__(slice(0, 2), [1, 2]))
show(lambda: nvm.__setitem__(slice(0, 2), b'\x01\x02\x03'))
