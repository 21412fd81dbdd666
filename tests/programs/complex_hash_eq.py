vals = [complex(0, 0), complex(1, 0), complex(0, 1), complex(-1, -1), complex(1.5, 2.5), complex(1e300, -1e-300)]
print([hash(v) for v in vals])
print(hash(complex(1, 0)) == hash(1), hash(complex(0, 0)) == hash(0), complex(1, 0) in [1], 1 in [complex(1, 0)])
d = {complex(1, 2): "a", 1: "b"}
d[complex(1, 0)] = "c"
print(d, d[complex(1, 2)], len(d))
print(complex(2, 0) == 2.0, complex(2, 1e-300) == 2, complex(float("nan"), 0) == complex(float("nan"), 0))
print(complex(0, 0) == 0, not complex(0, 0), not complex(0, -0.0), bool(complex(0, 1e-320)))
print([complex(i, -i) for i in range(3)])
