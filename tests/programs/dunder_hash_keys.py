# user objects as dict keys and in membership tests
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P{self.x}{self.y}"


counts = {}
for p in [Point(1, 2), Point(3, 4), Point(1, 2), Point(1, 2)]:
    counts[p] = counts.get(p, 0) + 1
print(counts, Point(3, 4) in counts, Point(9, 9) in counts)
print(hash(Point(1, 2)) == hash(Point(1, 2)), Point(1, 2) in [Point(0, 0), Point(1, 2)])
print([Point(1, 2)].index(Point(1, 2)), [Point(1, 2), Point(1, 2)].count(Point(1, 2)))


class Ident:
    pass


a, b = Ident(), Ident()
d = {a: "a", b: "b"}
print(d[a], d[b], len(d), a in d, Ident() in d)


class HashOnly:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return 7


x, y = HashOnly(1), HashOnly(2)
d = {x: 1, y: 2}
print(len(d), d[x], d[y], hash(x))


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class BadHash:
    def __hash__(self):
        return "no"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class Child(Point):
    pass


print(Child(1, 2) == Point(1, 2), {Child(1, 2): 1}.get(Point(1, 2)))
