# dataclasses: fields from __annotations__ (the sandbox's compiler drops annotations
# in class bodies: these programs give them as a dict), methods, errors
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, KW_ONLY, InitVar, make_dataclass, MISSING)


@dataclass
class Point:
    __annotations__ = {'x': int, 'y': int}
    y = 0


p = Point(1)
print(p, Point(1, 2), p == Point(1, 0), p != Point(2), Point.__match_args__, is_dataclass(p), is_dataclass(Point), is_dataclass(3))
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'q': 1}), ((1,), {'x': 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
print([f.name for f in fields(Point)], fields(p)[1].default, asdict(p), astuple(p), replace(p, y=5))
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)


@dataclass(order=True, frozen=True)
class Version:
    __annotations__ = {'major': int, 'minor': int, 'patch': int, 'label': str}
    patch = 0
    label = field(default='', compare=False, repr=False)


v = Version(1, 2)
print(v, sorted([Version(2, 0), Version(1, 9, 9), Version(1, 10)]), Version(1, 2) < Version(1, 3), v == Version(1, 2, 0, 'x'))
print(hash(v) == hash(Version(1, 2, 0, 'other')), {v: 1}[Version(1, 2)])
try:
    v.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)


@dataclass
class Inventory:
    __annotations__ = {'name': str, 'items': list, 'tags': dict, 'count': int}
    items = field(default_factory=list)
    tags = field(default_factory=dict, repr=False)
    count = field(default=0, init=False)

    def __post_init__(self):
        self.count = len(self.items)


a = Inventory('a', [1, 2])
b = Inventory('b')
b.items.append('x')
print(a, b, Inventory('c').items, a.count, fields(a)[3].init, Inventory.count)


@dataclass
class KW:
    __annotations__ = {'a': int, '_': KW_ONLY, 'b': int, 'c': int}
    c = 3


print(KW(1, b=2), KW.__match_args__)
for f in [lambda: KW(1), lambda: KW(1, 2)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)


@dataclass(kw_only=True)
class AllKW:
    __annotations__ = {'a': int, 'b': int}
    b = 2


print(AllKW(a=1), AllKW.__match_args__)


@dataclass
class Base:
    __annotations__ = {'x': int, 'y': int}
    y = 1


@dataclass
class Derived(Base):
    __annotations__ = {'z': int, 'y': int}
    z = 5
    y = 10


print(Derived(1), Derived(1, 2, 3), [f.name for f in fields(Derived)], isinstance(Derived(0), Base))


@dataclass(eq=False, repr=False)
class Custom:
    __annotations__ = {'v': int}

    def __repr__(self):
        return 'Custom<%d>' % self.v


print(Custom(1), Custom(1) == Custom(1), hash(Custom(1)) != 0)


@dataclass(unsafe_hash=True)
class Hashy:
    __annotations__ = {'a': int, 'b': list}
    b = field(default_factory=list, hash=False)


print(hash(Hashy(1)) == hash(Hashy(1, [2])), Hashy(1) == Hashy(1, []))

errors = []
try:
    @dataclass
    class Bad:
        __annotations__ = {'a': int, 'b': int}
        a = 0
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Bad2:
        __annotations__ = {'a': list}
        a = []
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        __annotations__ = {'a': int}
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass
    class Bad4:
        __annotations__ = {'a': int}
        b = field(default=1)
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass(frozen=True)
    class Bad5(Base):
        __annotations__ = {'q': int}
        q = 1
except TypeError as e:
    print('TypeError', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError', e)
for f in [lambda: fields(3), lambda: asdict(Point), lambda: astuple([1]), lambda: replace(5)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

C = make_dataclass('C', [('x', int), 'z', ('y', int, field(default=5))], namespace={'total': lambda self: self.x + self.y})
c = C(1, z=3)
print(c, c.total(), [f.name for f in fields(C)], C(1, 2, 3) == C(1, 2, 3))


@dataclass
class Node:
    __annotations__ = {'value': int, 'children': list}
    children = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree), astuple(tree))
print(asdict(Point(1, 2), dict_factory=lambda items: sorted(items)))
