# bytearray: construction, mutation, the bytes methods, as CPython 3.11
b = bytearray(b"hello")
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1], list(b), bytes(b), type(b).__name__)
print(bytearray(), bytearray(3), bytearray([65, 66, 67]), bytearray("caf\u00e9", "utf-8"),
      bytearray(b"x'y"), bytearray(range(3)), bytearray(bytearray(b"copy")))
b[0] = 72
b[1:3] = b"EY"
b.append(33)
b.extend(b"!?")
b.extend([65, 66])
b.insert(0, 62)
b.insert(-1, 95)
print(b, b.pop(), b.pop(0), b)
b.remove(33)
del b[0]
del b[::2]
print(b)
b.reverse()
c = b.copy()
b.clear()
print(b, c, c is not b)
x = bytearray(b"abc")
x += b"def"
x += bytearray(b"g")
y = x * 2
x *= 2
print(x, y, x == y, x == b"abcdefgabcdefg", b"abc" == bytearray(b"abc"), x != y,
      bytearray(b"a") < bytearray(b"b"), bytearray(b"a") < b"b", bytearray(b"ab") + b"cd",
      b"ab" + bytearray(b"cd"), 2 * bytearray(b"z"))
print(x.upper(), x.find(b"cd"), x.count(b"a"), x.split(b"d"), x.replace(b"a", b"A"),
      x.startswith(b"ab"), x.decode(), x.hex(), x.strip(b"ag"), x.partition(b"e"),
      x.index(b"c"), b"c" in x, 99 in x, 5 in x, x.isalpha(), x.join([b"1", b"2"]))
print(bytearray(b"a,b").split(bytearray(b",")), bytearray(b"  x ").strip())
for v in bytearray(b"hi"):
    print(v)
z = bytearray(b"0123456789")
z[2:8:2] = b"abc"
z[0:2] = [88, 89]
z[-1:] = bytearray(b"END")
print(z)


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("hash", lambda: hash(bytearray()))
attempt("str no enc", lambda: bytearray("x"))
attempt("bad byte", lambda: bytearray([256]))
attempt("neg", lambda: bytearray(-1))
attempt("append 300", lambda: bytearray().append(300))
attempt("append str", lambda: bytearray().append("a"))
attempt("pop empty", lambda: bytearray().pop())
attempt("remove", lambda: bytearray(b"a").remove(98))
attempt("index", lambda: bytearray(b"a")[5])
attempt("concat", lambda: bytearray() + "x")
attempt("extend str", lambda: bytearray().extend("x"))
attempt("extend int", lambda: bytearray().extend(5))
attempt("enc no str", lambda: bytearray(b"x", "utf-8"))
def setitem(b, key, value):
    b[key] = value
    return b


attempt("slice str", lambda: setitem(bytearray(b"ab"), slice(0, 1), "x"))
attempt("slice int", lambda: setitem(bytearray(b"ab"), slice(0, 1), 5))
attempt("ext slice", lambda: setitem(bytearray(b"abcd"), slice(0, 4, 2), b"xyz"))
attempt("item 256", lambda: setitem(bytearray(b"ab"), 0, 256))
attempt("item -3", lambda: setitem(bytearray(b"ab"), -3, 1))
attempt("key", lambda: bytearray(b"ab")["x"])
attempt("isinstance", lambda: (isinstance(bytearray(), bytearray), isinstance(b"", bytearray)))

# with bytes: arguments, join, conversions, json
import json
print(b"abc".startswith(bytearray(b"ab")), b"a-b".split(bytearray(b"-")), b",".join([bytearray(b"x"), b"y"]),
      bytes(bytearray(b"conv")), b"abc".replace(bytearray(b"b"), b"B"), bytearray(b"q").join([b"1", bytearray(b"2")]),
      json.loads(bytearray(b'{"k": [1]}')))
