for n in [0, 1, -1, 5, -5, 255, 256, 2 ** 63 - 1, -2 ** 63, 2 ** 100, -(2 ** 100) + 1, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator,
          n.conjugate(), n.as_integer_ratio(), type(n.real).__name__)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (65535).to_bytes(3, byteorder="little"))
print((5).to_bytes(), (2 ** 70).to_bytes(9, "big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(b"\x01" * 12, byteorder="little"), int.from_bytes(b""), int.from_bytes(b"\x80"))
print(bool.from_bytes(b"\x01") if False else "skip")
for bad in [(300, 1, "big", False), (-1, 2, "big", False), (1, 1, "middle", False), (1, -1, "big", False)]:
    try:
        print(bad[0].to_bytes(bad[1], bad[2], signed=bad[3]))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
x = 10
print(x.real + x.imag, (3).__class__ is int if False else "ok")
print("{0.real} {0.denominator}".format(7))
