# collections.namedtuple, ChainMap, UserDict, UserList, UserString
from collections import namedtuple, ChainMap, UserDict, UserList, UserString

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p), tuple(p), list(p), p == (11, 22), isinstance(p, tuple))
x, y = p
print(x, y, Point._fields, Point.__name__, p._asdict(), p._replace(x=1), Point._make([5, 6]))
print(hash(p) == hash((11, 22)), p < Point(12, 0), sorted([Point(2, 1), Point(1, 2)]), p + (1,), p * 2)
P3 = namedtuple('P3', 'a, b c', defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, c=7), P3._field_defaults, P3._fields, P3.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
R = namedtuple('R', ['abc', 'def', 'abc', '_x'], rename=True)
print(R._fields, R(1, 2, 3, 4))
One = namedtuple('One', 'only')
print(One(1), One._make([2]))
for bad in [lambda: Point(), lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: Point(1, x=2), lambda: P3(1, 2, 3, 4), lambda: P3(), lambda: P3(b=2),
            lambda: namedtuple('P', 'x y z')(), lambda: One(1, 2), lambda: Empty(1),
            lambda: p._replace(z=3), lambda: namedtuple('P', 'x x'), lambda: namedtuple('P', 'def x'),
            lambda: namedtuple('P', '_x'), lambda: namedtuple('1P', 'x'), lambda: Point._make([1, 2, 3]),
            lambda: namedtuple('P', 'x', defaults=[1, 2]), lambda: setattr(p, 'x', 5)]:
    try:
        print(bad())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)


class Vec(namedtuple('Vec', 'x y')):
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__, v._replace(x=0))
rows = [('ann', 31, 'NYC'), ('bob', 25, 'LA')]
Person = namedtuple('Person', 'name age city')
people = [Person._make(r) for r in rows]
print(max(people, key=lambda q: q.age).name, [q.city for q in people], people[0]._asdict())

base = {'color': 'red', 'size': 1}
over = {'size': 3}
cm = ChainMap(over, base)
print(cm['color'], cm['size'], len(cm), list(cm), sorted(cm.items()), 'color' in cm, cm.get('nope', 0))
cm['new'] = True
print(over, base, cm)
child = cm.new_child({'size': 9})
print(child['size'], child.parents['size'], child.maps[0], len(child.maps), dict(child))
del cm['new']
try:
    del cm['color']
except KeyError as e:
    print('KeyError', e)
try:
    cm['missing']
except KeyError as e:
    print('KeyError', e)
print(cm.pop('size'), cm, cm.copy(), ChainMap(), bool(ChainMap({})), cm == {'color': 'red', 'size': 1})
print(ChainMap.fromkeys('ab', 0), ChainMap({'a': 1}) | {'b': 2}, cm.new_child(extra=1).maps[0])

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

ld = LowerDict({'A': 1}, B=2)
ld['C'] = 3
ld.update({'D': 4})
print(ld, ld.data, len(ld), 'a' in ld, ld['a'], list(ld), sorted(ld.items()), ld.get('z', 0), ld == {'a': 1, 'b': 2, 'c': 3, 'd': 4})
print(ld.pop('a'), ld.setdefault('e', 5), ld, ld.copy(), type(ld.copy()).__name__, UserDict(x=1) | {'y': 2})
try:
    UserDict()['k']
except KeyError as e:
    print('KeyError', e)

class Stack(UserList):
    def push(self, x):
        self.append(x)

s = Stack([1, 2])
s.push(3)
s.extend([4, 5])
print(s, s.data, len(s), s[0], s[1:3], type(s[1:3]).__name__, s.pop(), s + [9], [0] + s, s * 2, 3 in s)
s.sort(reverse=True)
s.insert(0, 100)
s.remove(2)
print(s, s.index(3), s.count(3), s == [100, 4, 3, 1], s < [101], s.copy(), type(s.copy()).__name__)

us = UserString('Hello')
print(us, repr(us), us + ' world', us.upper(), us.lower(), us[1:3], len(us), 'ell' in us, us * 2,
      us.replace('l', 'L'), us.split('l'), us.startswith('He'), us.find('l'), us == 'Hello', us.center(9, '*'),
      us.strip('Ho'), type(us.upper()).__name__, sorted([UserString('b'), UserString('a')]))
