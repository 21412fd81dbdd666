# A namedtuple made as collections does (type() with a tuple base, __new__, _make through tuple.__new__, properties)
def itemgetter(i):
    return lambda obj: obj[i]
def namedtuple(typename, field_names, defaults=None):
    field_names = tuple(field_names.replace(",", " ").split()) if isinstance(field_names, str) else tuple(field_names)
    num_fields = len(field_names)
    tuple_new = tuple.__new__
    def __new__(_cls, *args, **kwargs):
        if len(args) + len(kwargs) != num_fields:
            raise TypeError("Expected %d arguments, got %d" % (num_fields, len(args) + len(kwargs)))
        values = list(args) + [kwargs[f] for f in field_names[len(args):]]
        return tuple_new(_cls, values)
    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result
    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % self
    def _asdict(self):
        return dict(zip(self._fields, self))
    def __getnewargs__(self):
        return tuple(self)
    class_namespace = {
        '__doc__': f'{typename}({", ".join(field_names)})',
        '__slots__': (),
        '_fields': field_names,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = property(itemgetter(index), doc=f'Alias for field number {index}')
    result = type(typename, (tuple,), class_namespace)
    return result
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p._asdict(), p._replace(x=5), Point._make([7, 8]), p == (1, 2), isinstance(p, tuple))
print(Point.__doc__, Point._fields, len(p), p[0], sorted([Point(2, 1), Point(1, 3)]), hash(p) == hash((1, 2)))
x, y = p
print(x, y, Point.__name__, type(p).__name__, Point.__mro__)
class P3(Point):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(P3(3, 4).norm(), P3(3, 4))
