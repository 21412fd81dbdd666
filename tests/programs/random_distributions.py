import random

random.seed(2024)
print("uniform", [random.uniform(1, 10) for _ in range(3)], random.uniform(-2.5, 2.5))
print("triangular", random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 8))
print("triangular same", random.triangular(3, 3, 3))
print("gauss", [random.gauss(0, 1) for _ in range(5)])
print("gauss kw", random.gauss(mu=10, sigma=2))
print("normal", [random.normalvariate(5, 2) for _ in range(4)])
print("lognorm", random.lognormvariate(0, 0.5))
print("expo", [random.expovariate(1.5) for _ in range(3)])
print("vonmises", random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0, 0))
print("gamma", random.gammavariate(2.5, 1.5), random.gammavariate(1.0, 2.0), random.gammavariate(0.5, 1.0))
print("beta", random.betavariate(2, 5), random.betavariate(0.5, 0.5))
print("pareto", random.paretovariate(3))
print("weibull", random.weibullvariate(1, 1.5))
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print("ValueError", e)
