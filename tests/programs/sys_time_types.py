import sys
import time

print(sys.maxsize == 2 ** 63 - 1, sys.maxsize > 2 ** 31, type(sys.argv).__name__)
print(sys.float_info.max > 1e308, sys.float_info.epsilon == 2 ** -52, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.version_info[0], sys.version_info >= (3, 0))
print(sys.byteorder in ("little", "big"))
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
total = sum(i * i for i in range(10000))
t1 = time.time()
m1 = time.monotonic()
p1 = time.perf_counter()
print(total, type(t0).__name__, t1 >= t0, m1 >= m0, p1 >= p0, type(time.time_ns()).__name__)
print(isinstance(time.process_time(), float), time.monotonic_ns() >= 0)
sys.stdout.write("written via sys.stdout\n")
print("to stderr", file=sys.stderr)
print("done", end="!\n", sep="")
