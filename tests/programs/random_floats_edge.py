import random

random.seed(-1)
print(random.uniform(5, 5), random.uniform(10, 1), random.uniform(-1e308, 1e308))
print(random.triangular(1, 1), random.triangular(0, 1, 1), random.triangular(0, 1, 0), random.triangular(5, 1))
print(random.vonmisesvariate(3.0, 100.0), random.vonmisesvariate(-1.0, 0.5))
print(random.gammavariate(1e-3, 1.0), random.gammavariate(50.0, 0.1), random.betavariate(1, 1))
print(random.paretovariate(0.5), random.weibullvariate(2, 0.5), random.lognormvariate(1, 0.1))
print(random.normalvariate(), random.gauss(), random.normalvariate(mu=1), random.gauss(sigma=0.1))
print(random.expovariate(10), random.expovariate(-1))
print([round(random.random(), 3) for i in range(5)])
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
