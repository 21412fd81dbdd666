# Metaclasses: class M(type), metaclass=, type(name, bases, ns), __new__,
# __init__, __call__, __prepare__, class keywords, conflicts


class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kwargs):
        ns["registered_by"] = mcs.__name__
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.options = dict(kwargs)

    def describe(cls):
        return "%s via %s" % (cls.__name__, type(cls).__name__)

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Plugin(metaclass=Registry):
    def run(self):
        return "run " + type(self).__name__


class Child(Plugin, flavour="mint"):
    pass


print(Registry.classes, Plugin.registered_by, Child.options, Plugin.options)
print(type(Plugin) is Registry, type(Child) is Registry, isinstance(Child, type), isinstance(Child, Registry))
print(Child.describe(), Child.upper_name, Child().run(), issubclass(Registry, type))
print(Plugin.__class__, Child.__mro__, repr(Plugin))
print(hasattr(Child(), "describe"), hasattr(Child, "describe"))


class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args, **kwargs)


class Thing(metaclass=Counted):
    def __init__(self, v):
        self.v = v


t1 = Thing(1)
t2 = Thing(v=2)
print(Thing.instances, t1.v, t2.v, type(t1).__name__)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        return {"prepared": True}

    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, ns)
        cls.field_order = [k for k in ns if not k.startswith("__")]
        return cls


class Record(metaclass=Ordered):
    zeta = 1
    alpha = 2

    def method(self):
        pass


print(Record.field_order, Record.prepared)


class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and isinstance(v, int)}
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name = k
            inst.value = v
            cls._members[k] = inst
            setattr(cls, k, inst)
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        return cls._members[name]

    def __contains__(cls, member):
        return isinstance(member, cls) and member.name in cls._members

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._members)


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self.name, self.value)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(list(Color), len(Color), Color["GREEN"], Color.RED in Color, 3 in Color, Color)
print([m.name for m in Color], list(Color.__members__), bool(Color), bool(Enum), Color.BLUE.value)
print(str(Color), f"{Color}", [Color], type(Color.RED).__name__)

# type() with three arguments
Dyn = type("Dyn", (Plugin,), {"x": 5, "get": lambda self: self.x * 2})
print(Dyn.__name__, Dyn().get(), type(Dyn).__name__, Dyn.registered_by, Registry.classes[-1])
Simple = type("Simple", (), {"__repr__": lambda self: "Simple!"})
print(Simple(), Simple.__bases__, type(Simple) is type)
M2 = type("M2", (type,), {"hello": lambda cls: "hello " + cls.__name__})
C2 = M2("C2", (), {})
print(C2.hello(), type(C2).__name__, isinstance(C2, M2))


class Other(type):
    pass


class O(metaclass=Other):
    pass


try:
    class Bad(Plugin, O):
        pass
except TypeError as e:
    print("TypeError:", e)


class SubRegistry(Registry):
    pass


class Mixed(Plugin, metaclass=SubRegistry):
    pass


print(type(Mixed).__name__, Registry.classes[-1])


def factory(name, bases, ns, **kw):
    ns["made_by_function"] = True
    return type(name, bases, ns)


class ByFunction(metaclass=factory):
    pass


print(ByFunction.made_by_function, type(ByFunction) is type)
try:
    type("X", (), {}, extra=1)
except TypeError as e:
    print("TypeError")


class Frozen(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        raise AttributeError("cannot delete %r" % name)


class Consts(metaclass=Frozen):
    PI = 3


Consts.note = "ok"
type.__setattr__(Consts, "PI", 4)
for action in [lambda: setattr(Consts, "PI", 5), lambda: delattr(Consts, "note")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(Consts.PI, Consts.note)
try:
    type.__setattr__(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)


class Lookup(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return "generated " + name[4:]
        raise AttributeError(name)


class Api(metaclass=Lookup):
    real = 1


print(Api.real, Api.get_user, hasattr(Api, "other"), getattr(Api, "get_x", None))
