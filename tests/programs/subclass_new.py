# __new__ in user classes, object.__new__, builtin dunders as attributes


class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        return cls._instance

    def __init__(self, label=""):
        self.count += 1
        self.label = label


a = Singleton("a")
b = Singleton("b")
print(a is b, a.count, a.label, type(a).__name__)


class Interned:
    cache = {}

    def __new__(cls, name):
        if name in cls.cache:
            return cls.cache[name]
        self = object.__new__(cls)
        self.name = name
        cls.cache[name] = self
        return self

    def __repr__(self):
        return "Interned(%r)" % self.name


print(Interned("x") is Interned("x"), Interned("y"), sorted(Interned.cache))


class NotMine:
    def __new__(cls, value):
        return value * 2

    def __init__(self, value):
        print("never called")


print(NotMine(21), type(NotMine("ab")).__name__)


class Base:
    def __init__(self, x):
        self.x = x


class Made(Base):
    def __new__(cls, *args):
        inst = cls.__new__ is Made.__new__
        obj = super().__new__(cls)
        obj.flag = inst
        return obj


m = Made(5)
print(m.x, m.flag, isinstance(m, Base))
o = object.__new__(Base)
print(type(o).__name__, hasattr(o, "x"))
o.__init__(3)
print(o.x)

for bad in [lambda: object.__new__(Singleton, 1) and None,
            lambda: object.__new__(int),
            lambda: object.__new__(list),
            lambda: list.__new__(Base),
            lambda: int.__new__(str),
            lambda: object(1),
            lambda: Base(),
            lambda: object.__new__(5)]:
    try:
        bad()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)


class Plain:
    pass


try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)

# builtin dunders as attributes
print(list.__getitem__([1, 2, 3], 1), list.__len__([1, 2]), tuple.__len__((1,)))
d = {}
dict.__setitem__(d, "k", "v")
print(d, dict.__getitem__(d, "k"), dict.__contains__(d, "k"), dict.__len__(d))
print(int.__add__(2, 3), int.__mul__(4, 5), int.__add__(1, 2.5), float.__add__(1.5, 1))
print(int.__lt__(1, 2), str.__add__("a", "b"), str.__len__("abc"), str.__mul__("ab", 2))
print(object.__eq__(d, d), object.__eq__(d, {}), object.__ne__(1, 2))
print(object.__repr__(Plain()).startswith("<__main__.Plain object at 0x"))
print(type(object.__hash__(Plain())).__name__, int.__hash__(7), str.__hash__("a") == hash("a"))


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError("frozen")


f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e)
print(callable(str.lower), callable(list.append), callable(int.__add__), callable(object.__new__))
print(hasattr([], "__getitem__"), hasattr([], "__len__"), hasattr(1, "__add__"), hasattr(1, "__getitem__"))
print(hasattr("", "__iter__"), hasattr({}, "__setitem__"), hasattr((), "__setitem__"))
print([].__len__(), (1, 2).__getitem__(0), "ab".__contains__("a"), (3).__add__(4), {1: 2}.__getitem__(1))
print(str.lower("ABC"), sorted(["b", "A"], key=str.lower), list(map(str.upper, "ab")))
print(repr(list.__getitem__).startswith("<slot wrapper") or repr(list.__getitem__).startswith("<method"))
try:
    list.__getitem__((1, 2), 0)
except TypeError as e:
    print("TypeError")
try:
    str.lower(5)
except TypeError as e:
    print("TypeError")
