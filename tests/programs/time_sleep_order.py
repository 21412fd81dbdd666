import time

events = []
start = time.perf_counter()
for delay in [0.01, 0.0, 0.005]:
    time.sleep(delay)
    events.append(delay)
elapsed = time.perf_counter() - start
print(events, elapsed >= 0.015, elapsed < 5)
t1 = time.time_ns()
t2 = time.time_ns()
print(t2 >= t1, isinstance(t1, int))
m = [time.monotonic() for i in range(100)]
print(sorted(m) == m)
p = time.process_time()
x = 0
for i in range(100000):
    x += i * i
print(time.process_time() >= p, x)
time.sleep(False)
print("slept zero")
