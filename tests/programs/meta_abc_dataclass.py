# What abc, dataclasses and enum need: __instancecheck__/__subclasscheck__
# on a metaclass, class annotations, abstract methods, a dataclass-like
# decorator, an enum-like metaclass with __prepare__ order


def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f


class ABCMeta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns, **kw)
        abstracts = {n for n, v in ns.items() if getattr(v, "__isabstractmethod__", False)}
        for base in bases:
            for n in getattr(base, "__abstractmethods__", ()):
                if getattr(getattr(cls, n, None), "__isabstractmethod__", False):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._registry = []
        return cls

    def register(cls, sub):
        cls._registry.append(sub)
        return sub

    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))

    def __subclasscheck__(cls, sub):
        if cls in sub.__mro__:
            return True
        return any(issubclass(sub, r) for r in cls._registry)

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s" % (
                cls.__name__, "s" if len(cls.__abstractmethods__) > 1 else "",
                ", ".join(sorted(cls.__abstractmethods__))))
        return super().__call__(*args, **kwargs)


class ABC(metaclass=ABCMeta):
    pass


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def name(self):
        pass


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def name(self):
        return "square"


try:
    Shape()
except TypeError as e:
    print(e)
sq = Square(3)
print(sq.area(), sq.name(), isinstance(sq, Shape), issubclass(Square, ABC), sorted(Shape.__abstractmethods__))


@Shape.register
class Virtual:
    pass


print(isinstance(Virtual(), Shape), issubclass(Virtual, Shape), isinstance(1, Shape), issubclass(int, ABC))


def dataclass(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}

    def __init__(self, *args, **kwargs):
        for f, a in zip(fields, args):
            setattr(self, f, a)
        for f in fields[len(args):]:
            setattr(self, f, kwargs.pop(f) if f in kwargs else defaults[f])

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__dataclass_fields__ = fields
    return cls


@dataclass
class Point:
    x: int
    y: int = 0
    label: "str" = "origin"


p = Point(1)
print(p, Point(1, 2, label="a"), p == Point(1), p == Point(2), Point.__annotations__)
print(Point.__dataclass_fields__, Point(x=5, y=6))


class Sub(Point):
    z: float = 1.5


print(Sub.__annotations__, Point.__annotations__)


class _EnumDict(dict):
    def __init__(self):
        super().__init__()
        self.member_names = []

    def __setitem__(self, key, value):
        if not key.startswith("_") and isinstance(value, int):
            self.member_names.append(key)
        super().__setitem__(key, value)


class EnumType(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return _EnumDict()

    def __new__(mcs, name, bases, classdict, **kw):
        names = list(classdict.member_names) if isinstance(classdict, _EnumDict) else []
        cls = super().__new__(mcs, name, bases, dict(classdict))
        cls._member_map_ = {}
        for n in names:
            m = object.__new__(cls)
            m._name_ = n
            m._value_ = classdict[n]
            cls._member_map_[n] = m
            type.__setattr__(cls, n, m) if False else setattr(cls, n, m)
        return cls

    def __iter__(cls):
        return iter(cls._member_map_.values())

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __len__(cls):
        return len(cls._member_map_)

    def __contains__(cls, m):
        return isinstance(m, cls) and m._name_ in cls._member_map_

    @property
    def __members__(cls):
        return dict(cls._member_map_)


class Enum(metaclass=EnumType):
    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3

    def is_first(self):
        return self is Weekday.MON


print(list(Weekday), len(Weekday), Weekday["TUE"], Weekday.MON.is_first(), Weekday.WED.value)
print(list(Weekday.__members__), Weekday.TUE in Weekday, [d.name for d in Weekday], type(Weekday.MON).__name__)
