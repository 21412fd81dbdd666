# abs, divmod, pow, hash equalities, chr/ord, repr/str of numbers.
print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(-10 ** 30), abs(True), abs(False), abs(float("-inf")))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(10 ** 20, 3))
print(divmod(0, 7), divmod(True, 2), divmod(7, True))
print(pow(2, 5), pow(2, -2), pow(-2, 5, 7), pow(10, 100, 97), pow(1.5, 2), pow(0, 0))
print(hash(1) == hash(1.0), hash(0) == hash(-0.0), hash(True) == hash(1), hash(2 ** 61 - 1) == hash(0))
print(hash(-1) == -2, hash(1.5) == hash(1.5), hash("") == hash(""), hash(()) == hash(()))
print(hash(10 ** 50) == hash(10 ** 50 + 0), hash(0.5), hash(-0.5), hash(1e20) == hash(10 ** 20))
print(hash(3), hash(-3), hash(2 ** 40), hash(1.0), hash(2.0), hash(float("inf")), hash(float("-inf")))
print(chr(65), chr(97), chr(48), chr(8364), chr(0x10FFFF) == "\U0010FFFF", ord("A"), ord("€"), ord("\n"))
print(repr(chr(0)), repr(chr(127)), repr(chr(160)), repr(chr(173)), repr(chr(0xFFFF)))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print(str(1e16), str(1e15), str(0.0001), str(0.00001), repr(-1e-5), str(123e-20), repr(1.0e10))
print(repr(0.1 + 0.2), repr(1 / 3), repr(2 / 3), repr(100.0 / 3), repr(1e23), repr(9.999999999999999e22))
print(repr(5e-324), repr(2.5e-308), repr(1.7976931348623157e308), repr(4.35), repr(0.3), repr(3.0 * 1.1))
