# array.array: the errors, with CPython 3.11's messages; hostile arguments
from array import array


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


for tc in "bBhHiIlLqQ":
    for v in [2 ** 64, 2 ** 63, 2 ** 33, 70000, 40000, 300, 200, -1, -200, -40000, -2 ** 63 - 1,
              1.5, "x", None, True]:
        attempt("%s %r" % (tc, v), lambda: array(tc, [v]))
for tc in "fd":
    for v in ["x", None, 2 ** 1100, 10 ** 30, True]:
        attempt("%s %r" % (tc, v), lambda: array(tc, [v]))
attempt("u int", lambda: array("u", [1]))
attempt("u str2", lambda: array("u", ["ab"]))

for args in [(), ("z",), ("dd",), (1,), ("d", 5), ("d", "abc"), ("i", "ab"), ("d", b"123"),
             ("d", [1], 3), ("d", array("u", "a")), ("u", array("d", [1])), ("d", None),
             ("",), ("\u00e9",)]:
    attempt("array%r" % (args,), lambda: array(*args))
attempt("kw", lambda: array("d", initializer=[1]))

a = array("d", [1.0, 2.0])
attempt("a[5]", lambda: a[5])
attempt("a[-3]", lambda: a[-3])
attempt("a['x']", lambda: a["x"])
attempt("a[1.0]", lambda: a[1.0])


def setitem(i, v):
    a[i] = v


def delitem(i):
    del a[i]


attempt("a[5] = 1", lambda: setitem(5, 1.0))
attempt("a[0] = 'x'", lambda: setitem(0, "x"))
attempt("a[0:1] = [1]", lambda: setitem(slice(0, 1), [1.0]))
attempt("a[0:1] = array i", lambda: setitem(slice(0, 1), array("i", [1])))
attempt("a[::2] = 3 items", lambda: setitem(slice(None, None, 2), array("d", [1, 2, 3])))
attempt("del a[7]", lambda: delitem(7))
attempt("remove", lambda: a.remove(9))
attempt("index", lambda: a.index(9))
attempt("index start", lambda: a.index(1.0, 1))
attempt("pop empty", lambda: array("d").pop())
attempt("pop 5", lambda: a.pop(5))
attempt("a + i", lambda: a + array("i"))
attempt("a + list", lambda: a + [1])
attempt("a * 1.5", lambda: a * 1.5)
attempt("a * array", lambda: a * a)
attempt("a < 3", lambda: a < 3)
attempt("a == 3", lambda: a == 3)
attempt("hash", lambda: hash(a))
attempt("extend i", lambda: a.extend(array("i", [1])))
attempt("extend 5", lambda: a.extend(5))
attempt("extend bad item", lambda: a.extend([3.0, "x"]))
print(a)
attempt("fromlist tuple", lambda: a.fromlist((1,)))
attempt("fromlist bad item", lambda: a.fromlist([4.0, "x"]))
print(a)
attempt("frombytes str", lambda: a.frombytes("x"))
attempt("frombytes 3", lambda: a.frombytes(b"123"))
attempt("tounicode", lambda: a.tounicode())
attempt("fromunicode d", lambda: a.fromunicode("x"))
attempt("fromunicode int", lambda: array("u").fromunicode(1))
attempt("count()", lambda: a.count())
attempt("append()", lambda: a.append())
attempt("tolist(1)", lambda: a.tolist(1))
attempt("insert x", lambda: a.insert("x", 1))
attempt("u bad char", lambda: array("u", b"\xff\xff\xff\xff")[0])


def iadd(x, y):
    x += y
    return x


attempt("+= list", lambda: iadd(array("d"), [1]))
attempt("+= other", lambda: iadd(array("d"), array("b")))
attempt("huge repeat", lambda: array("d", [1]) * (2 ** 62))
attempt("huge repeat 2", lambda: array("d", [1, 2]) * (10 ** 20))
