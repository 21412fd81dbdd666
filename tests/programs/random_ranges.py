import random

random.seed(99)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 15) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -3) for _ in range(10)])
print([random.randint(-5, 5) for _ in range(10)])
print(random.randrange(10 ** 30), random.randint(2 ** 70, 2 ** 71))
print(random.randrange(-10 ** 20, 10 ** 20, 3))
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33))
print(random.getrandbits(64), random.getrandbits(100), random.getrandbits(257))
print(random.randbytes(5), random.randbytes(0))
print(random.randint(1, 1), random.randrange(1))
for start, stop, step in [(0, None, 1), (5, 5, 1), (5, 1, 1), (0, 10, 0), (10, 0, 2)]:
    try:
        if stop is None:
            random.randrange(start)
        else:
            random.randrange(start, stop, step)
    except ValueError as e:
        print("ValueError", e)
try:
    random.randint(1.5, 3)
except ValueError as e:
    print("ValueError", e)
try:
    random.randrange([])
except TypeError as e:
    print("TypeError", e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
