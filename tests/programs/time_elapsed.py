import time

def busy(n):
    s = 0
    for i in range(n):
        s += i
    return s

t0 = time.perf_counter()
r = busy(50000)
t1 = time.perf_counter()
print(r, t1 - t0 >= 0.0, type(t1 - t0).__name__)
ns0 = time.monotonic_ns()
time.sleep(0.001)
ns1 = time.monotonic_ns()
print(ns1 - ns0 >= 1000000)
print(round(time.time()) > 1_600_000_000)
