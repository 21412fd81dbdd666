# __slots__: instances take only the slot names (theirs and their bases');
# no __dict__ unless a '__dict__' slot or a base without __slots__.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


v = Vec(1, 2)
v.x = 10
print(v.x, v.y, Vec.__slots__)
for action in ("set z", "__dict__", "vars", "unset read"):
    try:
        if action == "set z":
            v.z = 3
        elif action == "__dict__":
            v.__dict__
        elif action == "vars":
            vars(v)
        else:
            Vec.__new__(Vec).x
    except (AttributeError, TypeError) as e:
        print(action, type(e).__name__, e)
print(hasattr(v, "__dict__"), hasattr(v, "z"), getattr(v, "z", "default"))


class Vec3(Vec):
    __slots__ = ["z"]


w = Vec3(1, 2)
w.z = 3
print(w.x, w.y, w.z)
try:
    w.q = 1
except AttributeError as e:
    print("AttributeError", e)


class Loose(Vec):
    pass          # no __slots__: a __dict__ again


lo = Loose(1, 2)
lo.anything = 5
print(lo.anything, vars(lo)["anything"])


class WithDict:
    __slots__ = ("a", "__dict__")


wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, vars(wd)["b"])


class Private:
    __slots__ = ("__secret", "name")

    def __init__(self):
        self.__secret = 42
        self.name = "p"

    def reveal(self):
        return self.__secret


print(Private().reveal(), Private().name)


class One:
    __slots__ = "only"


o = One()
o.only = 1
try:
    o.other = 2
except AttributeError as e:
    print("AttributeError", e)

try:
    class Bad:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError", e)


class Empty:
    __slots__ = ()


try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError", e)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


pts = {Point(1, 2), Point(1, 2), Point(0, 0)}
print(sorted(pts, key=lambda p: (p.x, p.y)))
