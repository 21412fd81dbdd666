import random

for seed in [0, 1, 2 ** 32, 2 ** 32 - 1, 2 ** 64, -2 ** 64, 10 ** 50, 3.5, -2.25, 0.0, 1e100,
             "hello", "", "héllo wörld", "x" * 300, b"bytes seed", b""]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.randrange(1000))
random.seed("hello", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
random.seed(42, version=2)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
random.seed()
x = random.random()
print(0.0 <= x < 1.0)
random.seed(None)
print(0 <= random.randint(0, 5) <= 5)
