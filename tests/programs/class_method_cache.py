# class lookups are cached (by class version and name, misses too): every
# way of changing a class or one of its bases must be seen by lookups made
# before the change, in the interpreter and in JIT-compiled loops


class Base:
    def f(self):
        return "Base.f"


class Mid(Base):
    pass


class Left(Mid):
    pass


class Right(Mid):
    def f(self):
        return "Right.f"


class Diamond(Left, Right):
    pass


def probe(obj, name):
    return (getattr(obj, name, "-"), hasattr(obj, name))


d = Diamond()
log = []
for i in range(600):
    log.append((d.f(), probe(d, "g")))
    if i == 100:
        Left.f = lambda self: "Left.f"         # plain setattr on a base
    elif i == 200:
        del Left.f                              # back to Right.f
    elif i == 300:
        setattr(Mid, "g", 7)                    # builtin setattr, a miss becomes a hit
    elif i == 400:
        type.__setattr__(Base, "f", lambda self: "Base.f2")   # hidden by Right.f
        Right.g = 8
    elif i == 500:
        delattr(Mid, "g")
        del Right.f                             # now Base.f2
changes = [0]
for i in range(1, len(log)):
    if log[i] != log[i - 1]:
        changes.append(i)
print(changes)
print([log[i] for i in changes])
print(probe(d, "g"), d.f())


# a metaclass that changes classes through its own __setattr__
class Meta(type):
    def __setattr__(cls, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)

    def __delattr__(cls, name):
        super().__delattr__(name)


class M(metaclass=Meta):
    n = 1


class MSub(M):
    pass


seen = []
for i in range(300):
    seen.append(MSub.n)
    if i == 100:
        M.n = 5
    elif i == 200:
        MSub.n = 1
    elif i == 250:
        del MSub.n
print(sorted(set(seen)), MSub.n, getattr(MSub, "missing", None))


# special methods added and removed after the instances were used
class Box:
    pass


b = Box()
out = []
for i in range(30):
    try:
        out.append(len(b))
    except TypeError:
        out.append("no len")
    if i == 10:
        Box.__len__ = lambda self: 3
    elif i == 20:
        del Box.__len__
print(out)


# __getattr__ defined after misses were cached
class Late:
    pass


late = Late()
print(getattr(late, "x", None), hasattr(late, "x"))
Late.__getattr__ = lambda self, name: name.upper()
print(getattr(late, "x", None), hasattr(late, "x"), late.yz)
del Late.__getattr__
print(getattr(late, "x", None), hasattr(late, "x"))


# __getattr__ that raises AttributeError, or something else
class Picky:
    def __getattr__(self, name):
        if name == "boom":
            raise KeyError(name)
        raise AttributeError("no " + name)


p = Picky()
print(getattr(p, "a", "default"), hasattr(p, "a"))
try:
    hasattr(p, "boom")
except KeyError as e:
    print("KeyError", e)
try:
    getattr(p, "boom", None)
except KeyError as e:
    print("KeyError", e)
try:
    getattr(p, "a")
except AttributeError as e:
    print("AttributeError", e)


# many classes and names: entries of the cache are overwritten by others
classes = []
for i in range(300):
    classes.append(type("K%d" % i, (Base,), {"v%d" % (i % 7): i}))
total = 0
for rnd in range(3):
    for i, k in enumerate(classes):
        inst = k()
        total += getattr(inst, "v%d" % (i % 7), 0) + getattr(inst, "v%d" % ((i + 1) % 7), 0)
        if rnd == 1 and i % 50 == 0:
            setattr(k, "v%d" % ((i + 1) % 7), 1000)
print(total)


# class attributes made on first use and the class namespace itself
class Ann:
    pass


print(Ann.__annotations__, "__annotations__" in vars(Ann))
Ann.__annotations__["x"] = int
print(Ann.__annotations__)
print(hasattr(int, "bit_length"), getattr(int, "nope", "d"), getattr(3, "real", None))
print(getattr([], "__len__", None) is not None, hasattr({}, "nope"))


# one class statement run many times (a class made at each call): each
# class is its own, however its instances and lookups are compiled
def make(n):
    class Point:
        def __init__(self, x):
            self.x = x
            self.n = n

        def get(self):
            return (self.x, self.n, type(self).__name__)
    return Point


made = [make(i) for i in range(12)]
points = [cls(i * 10) for i, cls in enumerate(made)]
made[5].get = lambda self: "patched"
made[7].extra = 1
res = []
for rnd in range(200):
    for p in points:
        res.append((p.get(), getattr(p, "extra", None), hasattr(p, "y")))
    if rnd == 100:
        points[3].y = 3
        made[5].get = made[4].get
print(res[:12])
print(res[-12:])
print(len(set(made)), all(isinstance(p, type(p)) for p in points),
      isinstance(points[0], made[1]), vars(points[3]))


# tuples remember their hashes; a tuple subclass's __hash__ changed later
# must still be seen through the tuples holding its instances
from collections import namedtuple

P2 = namedtuple("P2", "x y")
key = (P2(1, 2), (3, (4, "s")), 5.5, None)
table = {key: "v"}
h1 = hash(key)
print(hash(key) == h1, table[(P2(1, 2), (3, (4, "s")), 5.5, None)])
P2.__hash__ = lambda self: 7
print(hash(key) == h1, hash((P2(1, 2),)) == hash(((7,) and P2(0, 0),)))
del P2.__hash__
print(hash(key) == h1, hash(P2(1, 2)) == hash((1, 2)))
