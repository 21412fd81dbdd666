import time

start = time.monotonic()
for i in range(3):
    time.sleep(0.002)
print(time.monotonic() - start >= 0.006)
time.sleep(0)
time.sleep(0.0)
print("done")
