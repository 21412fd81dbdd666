import random

# a small Monte Carlo model, the kind of script the sandbox runs
random.seed(12345)
inside = 0
for i in range(20000):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi estimate", 4 * inside / 20000)
walk = 0
path = []
for step in range(50):
    walk += random.choice([-1, 1])
    path.append(walk)
print(path)
counts = [0] * 6
for i in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts)
print(sorted(random.sample(range(1, 50), 6)))
print([round(random.gauss(100, 15), 6) for i in range(5)])
total = 0.0
for i in range(1000):
    total += random.expovariate(0.5)
print(total)
