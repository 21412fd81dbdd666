# User descriptors (__get__/__set__/__delete__, data vs non-data),
# __set_name__, __init_subclass__, __class_getitem__, __getattribute__


class Typed:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("%s must be int" % self.name)
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        delattr(obj, self.private)


class Lazy:
    """A non-data descriptor: the instance's attribute shadows it."""

    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        setattr(obj, self.name, value)
        return value


class Const:
    def __get__(self, obj, objtype=None):
        return ("const", obj is None, objtype.__name__)


class Point:
    x = Typed()
    y = Typed()
    c = Const()

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @Lazy
    def norm(self):
        print("computing norm")
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p.x, p.y, p._x, Point.x.name, Point.x.owner, Point.y.private, type(Point.x).__name__)
print(p.norm, p.norm, "norm" in vars(p))
try:
    p.x = "no"
except TypeError as e:
    print("TypeError:", e)
del p.y
print(hasattr(p, "_y"), hasattr(p, "y"))
print(p.c, Point.c)
p.__dict__  # a snapshot
object.__setattr__(p, "x", 10)
print(p.x, getattr(p, "x"))


class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class HasRO:
    answer = ReadOnly()


h = HasRO()
try:
    h.answer = 1
except AttributeError as e:
    print("AttributeError:", e)
print(h.answer)


# __init_subclass__ with class keywords
class PluginBase:
    registry = {}

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        PluginBase.registry[cls.key] = cls


class CSV(PluginBase, key="csv"):
    pass


class JSON(PluginBase):
    pass


class Pretty(JSON, key="pretty"):
    pass


print(sorted(PluginBase.registry), CSV.key, JSON.key, Pretty.key, hasattr(PluginBase, "key"))
try:
    class Wrong(PluginBase, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Tracks:
    subclasses = []

    @classmethod
    def __init_subclass__(cls):
        Tracks.subclasses.append(cls.__name__)


class T1(Tracks):
    pass


class T2(T1):
    pass


print(Tracks.subclasses)


# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, getattr(item, "__name__", item))


class IntBox(Box):
    pass


print(Box[int], IntBox["x"], Box[Box])


# __getattribute__
class Logged:
    def __init__(self):
        self.value = 1
        self.log = []

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "default-" + name


lg = Logged()
print(lg.value, lg.missing, lg.log)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)


px = Proxy([3, 1, 2])
px.sort()
print(px.index(2), object.__getattribute__(px, "_target"))


# cached_property-like and methods as descriptors
class cached:
    def __init__(self, f):
        self.f = f
        self.attrname = None

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        v = self.f(inst)
        inst.__dict__  # read only
        setattr(inst, self.attrname, v)
        return v


class Data:
    calls = 0

    @cached
    def total(self):
        Data.calls += 1
        return 99


dt = Data()
print(dt.total, dt.total, Data.calls, Data.total.attrname)
