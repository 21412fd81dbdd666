import math

vals = [0.1, 1 / 3, 2.5, -0.0, 1e-310, 123456789.125, 2.0 ** 60, math.pi]
for v in vals:
    print(repr(v), v.hex(), v.as_integer_ratio(), v.is_integer(), float.fromhex(v.hex()) == v)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (0.5).hex())
print([round(2.675, 2), round(0.125, 2), round(0.375, 2), round(-1.5), round(2.5), round(3.5), round(1234.5678, -2)])
print(round(12345, -2), round(-12355, -1), round(7, 0), type(round(7.7)).__name__, type(round(7.7, 0)).__name__)
print(math.prod([1.5, 2, 4]), math.prod(range(1, 11)), math.nextafter(1.0, 2.0) - 1.0, math.ulp(1.0))
print(math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 4), math.modf(-2.75), math.frexp(40.0), math.ldexp(0.625, 6))
print(math.trunc(-2.7), math.floor(-2.7), math.ceil(-2.2), int(-2.7), math.isfinite(1e308 * 10), math.isinf(-1e309))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), sum([0.1] * 10), math.fsum([0.1] * 10))
print(1e16 + 1, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2 ** 0.5, 10 / 3, -1 / 7)
print(float("  -12.5e3 "), float("inf"), float("-nan") != float("nan"), float("1_000.5"), int(1e20))
print((7).bit_count(), (255).bit_length(), (-5).bit_length(), (10).as_integer_ratio(), (2 ** 70).bit_count())
