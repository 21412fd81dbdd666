for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.0 ** 52 + 1, 123.456, -1e-10, float("inf"), float("-inf"), float("nan")]:
    print(repr(x), x.is_integer(), x.hex(), x.real, x.imag, x.conjugate())
for x in [0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 123.456, 0.75, -0.0]:
    print(x.as_integer_ratio())
for s in ["0x1.8p1", "-0x1p-2", "0x.8", "1", "0x1.fffffffffffffp+1023", "0x1p-1074", "0x1p-1075",
          "0x1.0000000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "inf", "-Infinity",
          "nan", "  0x10  ", "0X1P4", "0x3.a7p10", "0x0.0000000000001p-1022"]:
    print(s, float.fromhex(s))
for s in ["", "0x", "0x1p", "zz", "0x1p99999"]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for x in [float("inf"), float("nan")]:
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for x in [1.5, -0.1, 1e-310, 3.141592653589793]:
    print(float.fromhex(x.hex()) == x)
