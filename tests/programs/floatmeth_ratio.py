from_values = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-10, 12345.678, -7.5, 2.0 ** -1074, 1.7976931348623157e308]
for x in from_values:
    n, d = x.as_integer_ratio()
    print(x, n, d, n / d == x, x.hex(), float.fromhex(x.hex()) == x, x.is_integer())
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer(), (1e300).is_integer())
print((2.5).real, (2.5).imag, (2.5).conjugate(), float.fromhex("0x1.999999999999ap-4") == 0.1)
