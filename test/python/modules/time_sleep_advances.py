# time.sleep advances time.monotonic and time.monotonic_ns by at least the time slept.
import time
t0 = time.monotonic()
n0 = time.monotonic_ns()
time.sleep(0.25)
t1 = time.monotonic()
n1 = time.monotonic_ns()
print(t1 - t0 >= 0.24, n1 - n0 >= 240000000, t1 - t0 < 5)
time.sleep(0)
print(time.monotonic() >= t1)
start = time.monotonic()
for _ in range(3):
    time.sleep(0.1)
print(time.monotonic() - start >= 0.29)
