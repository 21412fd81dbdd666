print((-8) ** (1 / 3), (-1) ** 0.5, (-2.5) ** 1.5, (-4) ** 0.25, (-8.0) ** (-1 / 3))
print(pow(-27, 1 / 3), (-1) ** 2.0, (-2) ** 3.0, type((-8) ** (1 / 3)).__name__, type((-8) ** 2.0).__name__)
z = (-1) ** 0.5
print(z.real, z.imag, abs(z), z * z)
print(complex(1, 1) == complex(1.0, 1.0), complex(2, 0) == 2, hash(complex(2, 0)) == hash(2.0))
print(str(complex(1.5, -2.5)), repr(complex(0, 3)), f"{complex(1, 2)}", "{}".format(complex(3, -1)))
print(sorted([complex(1, 0).real, complex(0, 1).imag]), [c.imag for c in [complex(1, 2), complex(3, 4)]])
print(complex("1e5j"), complex("-.5+.5j"), complex("+1-1j"), complex("Infj"), complex("-infj"))
print(complex(1, float("inf")), complex(float("-inf"), float("nan")), abs(complex(float("inf"), 1)))
