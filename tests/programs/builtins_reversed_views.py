# reversed() with __reversed__ and the sequence protocol; dict views:
# reversed(), set operations and comparisons; range.index/count;
# slice.indices; str.splitlines(keepends=True); '%*s' with a negative width.


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)


class Countdown:
    def __reversed__(self):
        return iter(["c", "b", "a"])


class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


class ShortSeq:
    def __len__(self):
        return 5

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i


t("reversed __reversed__", lambda: list(reversed(Countdown())))
t("reversed sequence", lambda: list(reversed(Seq())))
t("reversed short", lambda: list(reversed(ShortSeq())))
t("reversed none", lambda: reversed(object()))

d = {"a": 1, "b": 2, "c": 3}
t("rev keys", lambda: list(reversed(d.keys())))
t("rev values", lambda: list(reversed(d.values())))
t("rev items", lambda: list(reversed(d.items())))
t("rev dict", lambda: list(reversed(d)))
t("and", lambda: sorted(d.keys() & {"a", "z"}))
t("or", lambda: sorted(d.keys() | {"z"}))
t("sub", lambda: sorted(d.keys() - {"a"}))
t("xor", lambda: sorted(d.keys() ^ {"a", "z"}))
t("rand", lambda: sorted({"a", "q"} & d.keys()))
t("rsub", lambda: sorted({"a", "q"} - d.keys()))
t("list arg", lambda: sorted(d.keys() & ["b", "c", "x"]))
t("views", lambda: sorted(d.keys() & {"b": 0}.keys()))
t("eq set", lambda: d.keys() == {"a", "b", "c"})
t("ne set", lambda: d.keys() != {"a"})
t("lt", lambda: d.keys() < {"a", "b", "c", "d"})
t("le", lambda: d.keys() <= {"a", "b", "c"})
t("gt", lambda: d.keys() > {"a"})
t("items and", lambda: sorted(d.items() & {("a", 1), ("b", 5)}))
t("items eq", lambda: d.items() == {("a", 1), ("b", 2), ("c", 3)})
t("isdisjoint", lambda: (d.keys().isdisjoint({"x"}), d.keys().isdisjoint(["a"])))
try:
    d.values() & {1}
except TypeError:
    print("values are not set-like: TypeError")
t("type", lambda: type(d.keys() & set()).__name__)

r = range(3, 30, 3)
t("index", lambda: r.index(12))
t("count", lambda: (r.count(12), r.count(13), range(5).count(True)))
t("index missing", lambda: r.index(13))
t("attrs", lambda: (r.start, r.stop, r.step))
t("index float", lambda: range(5).index(2.0))

t("indices", lambda: slice(1, 10, 2).indices(5))
t("indices neg", lambda: slice(None, None, -1).indices(5))
t("indices big", lambda: slice(-100, 100).indices(10))
t("indices zero", lambda: slice(None, None, 0).indices(3))

text = "one\ntwo\r\nthree\rfour"
t("splitlines", lambda: text.splitlines())
t("keepends", lambda: text.splitlines(keepends=True))
t("keepends pos", lambda: text.splitlines(True))
t("bad kw", lambda: text.splitlines(keep=True))

t("star width", lambda: "[%*s]" % (-6, "ab"))
t("star width pos", lambda: "[%*s]" % (6, "ab"))
t("star both", lambda: "[%*.*f]" % (-9, 2, 3.14159))
t("star int", lambda: "[%*d]" % (-4, 7))
