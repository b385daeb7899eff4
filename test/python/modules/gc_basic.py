# cpydiff: gc.collect returns None and gc has mem_free/mem_alloc (reference/runtime-modules.md)
import gc
print(gc.collect())
print(type(gc.mem_free()).__name__, type(gc.mem_alloc()).__name__, gc.mem_free() > 0)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
