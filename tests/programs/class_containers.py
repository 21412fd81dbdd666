# container protocol: __len__, __getitem__, __setitem__, __delitem__,
# __contains__, __iter__, __bool__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(pos, 0)

    def __setitem__(self, pos, value):
        self.cells[pos] = value

    def __delitem__(self, pos):
        del self.cells[pos]

    def __len__(self):
        return self.w * self.h

    def __contains__(self, value):
        return value in self.cells.values()

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                pass
        return iter(sorted(self.cells.items()))


g = Grid(3, 2)
g[0, 1] = 5
g[2, 1] = 7
g[1, 0] += 2
print(g[0, 1], g[1, 1], g[1, 0], len(g), 5 in g, 6 in g, 6 not in g)
del g[0, 1]
print(list(g), bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
for pos, val in g:
    print(pos, val)


class Seq:
    """Iteration through __getitem__ alone."""

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10


print(list(Seq()), 20 in Seq(), 25 in Seq())
a, b, c, d = Seq()
print(a, b, c, d)


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(Sized(0)), bool(Sized(3)), len(Sized(4)), "yes" if Sized(1) else "no")
try:
    len(Sized(-1))
except ValueError as e:
    print("ValueError:", e)


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


print(bool(Flag(True)), not Flag(False), [x.v for x in [Flag(True), Flag(False)] if x])
try:
    bool(Flag(1))
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


for expr in ["len", "getitem", "setitem", "delitem", "iter", "in"]:
    p = Plain()
    try:
        if expr == "len":
            len(p)
        elif expr == "getitem":
            p[0]
        elif expr == "setitem":
            p[0] = 1
        elif expr == "delitem":
            del p[0]
        elif expr == "iter":
            iter(p)
        else:
            1 in p
    except TypeError as e:
        print("TypeError:", e)
print(bool(Plain()))
