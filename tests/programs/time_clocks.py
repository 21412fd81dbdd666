import time

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
c0 = time.process_time()
print(type(t0).__name__, type(m0).__name__, type(p0).__name__, type(c0).__name__)
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__,
      type(time.process_time_ns()).__name__)
print(t0 > 1.6e9, abs(time.time_ns() / 1e9 - t0) < 60)
total = 0
for i in range(20000):
    total += i
m1 = time.monotonic()
p1 = time.perf_counter()
c1 = time.process_time()
print(m1 >= m0, p1 >= p0, c1 >= c0, total)
time.sleep(0)
time.sleep(0.02)
print(time.monotonic() - m0 >= 0.02, time.perf_counter() - p0 >= 0.02)
for bad in [-1, "x"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.monotonic_ns() >= int(m0 * 1e9) - 1000)
