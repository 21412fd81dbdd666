j = complex(0, 1)
a = complex(1, 2)
b = complex(3, -4)
print(j, a, b, complex(), complex(2), complex(2.5, 0), complex(-0.0, 1), complex(0, -1), complex(-1, 0))
print(a + b, a - b, a * b, a / b, b / a, -a, +a, a * 2, 2 * a, a + 1, 1 - a, a / 2, 3 / a, 1.5 * a)
print(a ** 2, a ** 0, a ** -1, a ** 3, a ** 0.5, a ** b, 2 ** a, j ** j, a ** 2.5)
print(abs(b), abs(a), abs(complex(0, 0)), a.real, a.imag, a.conjugate(), type(a.real).__name__)
print(a == complex(1, 2), a != b, complex(3, 0) == 3, complex(3, 0) == 3.0, 3 == complex(3, 0), complex(3, 1) == 3)
print(hash(complex(3, 0)) == hash(3), hash(a) == hash(complex(1, 2)), hash(complex(1.5, 2.5)))
print(complex("1+2j"), complex("2j"), complex("-1.5e3-4J"), complex("(1+2j)"), complex(" 3 "), complex("j"), complex("-j"), complex("1e-3+1e3j"))
print(complex(a, b), complex(a), complex(1, a), complex(real=1, imag=2), complex("inf+nanj"))
print(repr(complex(1e20, 1e-20)), complex(float("inf"), -0.0), complex(float("nan"), 1), complex(0.0, 0.0), complex(-0.0, -0.0))
print(bool(complex(0, 0)), bool(j), str(a), [a, b], {a: 1}[complex(1, 2)], isinstance(a, complex), type(a).__name__)
for bad in ["1+", "abc", "1+2", "", "1 + 2j", "j2"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", repr(bad), e)
try:
    a / complex(0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    complex(0, 0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    a < b
except TypeError as e:
    print("TypeError", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError", e)
try:
    complex([1])
except TypeError as e:
    print("TypeError", e)
