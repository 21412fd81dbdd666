# _collections_abc: mixin methods of Mapping, MutableMapping, Sequence, MutableSequence, Set
from _collections_abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet,
                              Iterable, Iterator, Sized, Container, Hashable, Callable, KeysView)


class Registry(Mapping):
    def __init__(self, **items):
        self._items = dict(items)

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


r = Registry(a=1, b=2)
print(r['a'], r.get('z', 0), 'b' in r, 'z' in r, list(r.keys()), list(r.items()), list(r.values()), len(r))
print(r == {'a': 1, 'b': 2}, r == Registry(a=1), r.keys() & {'a', 'q'}, r.keys() | {'c'} == {'a', 'b', 'c'},
      ('a', 1) in r.items(), 2 in r.values(), repr(r.keys())[:8], isinstance(r, Mapping))


class Store(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key.lower()]

    def __setitem__(self, key, value):
        self.data[key.lower()] = value

    def __delitem__(self, key):
        del self.data[key.lower()]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


s = Store()
s['A'] = 1
s.update({'B': 2}, C=3)
s.update([('D', 4)])
print(dict(s), s.setdefault('e', 5), s.pop('A'), s.pop('zz', None), s.popitem(), dict(s))
try:
    s.pop('nope')
except KeyError as e:
    print('KeyError', e)
s.clear()
print(len(s), dict(s))


class Span(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, int) and -self.n <= i < self.n:
            return (i % self.n) * 10
        raise IndexError(i)

    def __len__(self):
        return self.n


sp = Span(4)
print(list(sp), 20 in sp, 25 in sp, sp.index(20), sp.count(10), list(sp.__reversed__()), isinstance(sp, Sequence))
try:
    sp.index(99)
except ValueError:
    print('ValueError')


class Stack(MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
print(st.items, st.pop(), st.pop(0), st.items)
st.remove(3)
st.reverse()
print(st.items, st.index(2), len(st))


class Bits(Set):
    def __init__(self, it=()):
        self.v = sorted(set(it))

    def __contains__(self, x):
        return x in self.v

    def __iter__(self):
        return iter(self.v)

    def __len__(self):
        return len(self.v)


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print((a & b).v, (a | b).v, (a - b).v, (a ^ b).v, a <= Bits([1, 2, 3, 4]), a < a, a == Bits([3, 2, 1]), a.isdisjoint([7]))
for cls in (Registry, Store, Span, Stack, Bits):
    try:
        type('Half', (cls.__mro__[1],), {})()
    except TypeError as e:
        print('TypeError', e)
print(Iterable.__instancecheck__([]), Sized.__subclasscheck__(dict),
      Container.__subclasscheck__(str), Hashable.__subclasscheck__(int),
      MutableSequence.__subclasscheck__(list), Sequence.__subclasscheck__(tuple), Mapping.__subclasscheck__(dict),
      MutableSet.__subclasscheck__(set), Sequence.__subclasscheck__(dict), Iterable.__subclasscheck__(int))
