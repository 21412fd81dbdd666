import time

fns = [time.time, time.time_ns, time.monotonic, time.monotonic_ns, time.perf_counter, time.perf_counter_ns,
       time.process_time, time.process_time_ns, time.sleep]
print([type(f).__name__ for f in fns])
a = time.perf_counter_ns()
b = time.perf_counter_ns()
print(b >= a, type(a).__name__)
print(time.time() > 0, time.monotonic() > 0, time.process_time() >= 0)
try:
    time.sleep(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    time.sleep(1, 2)
except TypeError as e:
    print("TypeError")
