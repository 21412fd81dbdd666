import math

points = [(0, 0), (3, 4), (-1, -1), (2.5, -7.25), (1e-200, 1e-200)]
for p in points:
    print([math.dist(p, q) for q in points])
print(math.dist((1, 2, 3, 4), (4, 3, 2, 1)), math.dist([], []), math.dist([1], [1]))
pairs = [(1.0, 1.0 + 1e-9), (1.0, 1.0 + 1e-8), (1e10, 1e10 + 1), (0.0, 1e-300), (-1.0, 1.0), (1, 1.0)]
for a, b in pairs:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=1e-6), math.isclose(a, b, abs_tol=1e-12),
          math.isclose(a, b, rel_tol=0.0, abs_tol=0.0))
try:
    math.dist(1, 2)
except TypeError as e:
    print("TypeError", e)
