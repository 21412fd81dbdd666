# Subclasses of tuple, int, float, str, bytes, frozenset: __new__, hashing,
# operators, repr falling back to the base's


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return "Point(x=%r, y=%r)" % self

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


class Pair(tuple):
    pass


class Celsius(float):
    def __str__(self):
        return "%.1f C" % self


class Flags(int):
    def __new__(cls, value, name="?"):
        self = int.__new__(cls, value)
        self.name = name
        return self

    def __or__(self, other):
        return Flags(int(self) | int(other), "combined")


class Word(str):
    def __new__(cls, text):
        return str.__new__(cls, text.strip())

    def shout(self):
        return self.upper() + "!"


class Tag(bytes):
    pass


class FS(frozenset):
    def describe(self):
        return sorted(self)


p = Point(1, 2)
q = Point(10, 20)
print(p, p.x, p.y, p + q, len(p), p[0], list(p), p == (1, 2), (1, 2) == p)
print(hash(p) == hash((1, 2)), {p: "a"}[(1, 2)], {(1, 2): "b"}[p], p < q, sorted([q, p]))
print(type(p + q).__name__, isinstance(p, tuple), tuple(p), tuple(p) + (3,), (0,) + p)
x, y = p
print(x, y, "%s-%s" % p, p.count(1), p.index(2), 1 in p)
pr = Pair([3, 4])
print(pr, repr(pr), type(pr).__name__, tuple.__new__(Pair, "ab"), Pair(), Pair(range(3)))

t = Celsius(21.456)
print(t, repr(t), t + 1, t * 2, -t, abs(Celsius(-2.5)), round(t, 1), int(t), float(t))
print(t > 20, t == 21.456, hash(t) == hash(21.456), f"{t:.2f}", str(t), type(t + 1).__name__)
print(isinstance(t, float), Celsius(3) / 2, 2 ** Celsius(2), divmod(Celsius(7), 2))

f = Flags(1, "read")
g = Flags(2, "write")
h = f | g
print(f, g, h, h.name, f.name, f + g, type(f + g).__name__, f << 3, ~f, -f, abs(Flags(-3)))
print(f == 1, f < g, hash(f) == hash(1), bool(Flags(0)), int(h), [10, 20, 30][f], range(5)[g])
print(isinstance(f, int), "%d %x %s" % (h, h, h), f"{h:04d}", str(g), repr(g), h * 1.5)
print(list(range(Flags(3))), "abc"[Flags(1):], [0] * Flags(2), divmod(Flags(7), 2), pow(Flags(2), 3))

w = Word("  hello ")
print(w, repr(w), w.shout(), w + "!", "<" + w + ">", len(w), w[1:3], w.upper(), type(w.upper()).__name__)
print(w == "hello", {w: 1}["hello"], {"hello": 2}[w], "ell" in w, w.startswith("he"), w * 2)
print(",".join([w, Word("x")]), "-".join(Word("ab")), f"{w}|{w:>8}|", "%s!" % w, str(w), type(str(w)).__name__)
print(sorted([Word("b"), Word("a")]), w.split("l"), list(w), w.replace("l", "L"), w < "z")
print(int(Word(" 42 ")), float(Word("1.5")), Word("abc").encode(), isinstance(w, str))

b = Tag(b"xyz")
print(b, len(b), b[0], b + b"!", b.decode(), b == b"xyz", type(b).__name__, list(b))

s = FS([3, 1, 2])
print(sorted(s), s.describe(), 2 in s, len(s), s == {1, 2, 3}, sorted(s | {9}), type(s | {9}).__name__)
print(hash(s) == hash(frozenset([1, 2, 3])), {s: 1}[frozenset({1, 2, 3})], s & {1}, s - {1, 2})
