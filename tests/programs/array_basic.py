# array.array: construction, indexing, slicing, methods, repr, as CPython 3.11
from array import array
import array as array_module

print(array_module.typecodes, array_module.ArrayType is array)
print(array, type(array("d")).__name__)
for tc in "bBhHiIlLqQfd":
    a = array(tc, [1, 2, 3])
    print(tc, repr(a), a.itemsize, a.typecode, len(a), a[0], a[-1], list(a), a.tolist())
print(repr(array("d")), repr(array("f", [0.1, 1e300, -2.5])), repr(array("d", [0.1, -0.0])))
print(repr(array("u", "h\u00e9llo")), repr(array("u")), array("u", "ab").tounicode())
print(array("d", range(5)), array("i", (x * x for x in range(4))), array("b", b"\x01\xff"))
print(array("h", array("i", [1, -2])), array("d", array("d", [1.5])))

a = array("d", [1.0, 2.0, 3.0, 4.0, 5.0])
print(a[1:3], a[::-1], a[::2], a[5:], a[-2:], a[:])
a[0] = 10
a[-1] = 2.5
a[1:3] = array("d", [7.0])
print(a)
a[::2] = array("d", [0.0, 0.0])
print(a)
del a[0]
print(a)
del a[::2]
print(a)
a = array("i", [5, 1, 4, 1, 5, 9, 2, 6])
a.append(3)
a.extend([5, 8])
a.extend(array("i", [9, 7]))
a.insert(0, 3)
a.insert(-1, 11)
a.insert(100, 12)
a.insert(-100, 13)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(5), a.index(5, 3), a.count(5), a.count(100), 9 in a, 100 in a)
a.reverse()
print(a)
a.fromlist([1, 2])
print(a, len(a))
b = array("i", [1, 2]) + array("i", [3])
b += array("i", [4])
c = b * 2
d = 3 * array("d", [0.5])
b *= 2
print(b, c, d, array("d", [1]) * 0, array("d", [1]) * -3)
print(array("d", [1, 2]) == array("d", [1, 2]), array("d", [1, 2]) == array("i", [1, 2]),
      array("d", [1, 2]) != array("d", [1, 3]), array("d", [1, 2]) < array("d", [1, 3]),
      array("i", [1, 2]) <= array("i", [1]), array("b", [1]) > array("b", []),
      array("d") == [], array("d") == array("d"))
print(list(iter(array("q", [1, 2]))), sorted(array("d", [3, 1, 2])), sum(array("i", [1, 2, 3])),
      max(array("d", [1.5, 2.5])), list(reversed(array("h", [1, 2, 3]))), bool(array("d")),
      bool(array("d", [0])))
for x, y in zip(array("i", [1, 2]), array("u", "xy")):
    print(x, y)

# bytes
print(array("i", [1, -1, 256]).tobytes(), array("d", [1.5]).tobytes(), array("f", [1.5]).tobytes())
print(array("h", b"\xff\xff\x01\x00"), array("Q", b"\xff" * 8), array("q", b"\xff" * 8),
      array("u", "ab").tobytes(), array("B", b"\x00\xff"))
x = array("i", [1, 2])
x.frombytes(b"\x03\x00\x00\x00")
print(x)
for tc in "hHiIlLqQfd":
    y = array(tc, [1, 2, 3])
    y.byteswap()
    print(tc, y.tobytes())
    y.byteswap()
    print(y)
z = array("b", [1, -1])
z.byteswap()
print(z)

# big values per typecode
print(array("Q", [2 ** 64 - 1, 2 ** 63]), array("L", [2 ** 64 - 1]), array("q", [-2 ** 63, 2 ** 63 - 1]),
      array("I", [2 ** 32 - 1]), array("b", [-128, 127]), array("B", [0, 255]), array("H", [65535]),
      array("h", [-32768]), array("i", [-2 ** 31]))
print(array("f", [3.14159, 1e-50, 1e40]), array("d", [1e308 * 10, -1e308 * 10]))
u = array("u", "abc")
u.fromunicode("de")
u.append("f")
u[0] = "z"
print(u, u.tounicode(), u[1], u[1:3], u.index("c"), "d" in u)
