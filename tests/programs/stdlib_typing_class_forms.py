# typing.NamedTuple and TypedDict as base classes (PEP 560 __mro_entries__):
# fields from annotations, defaults, methods, total=, inheritance.
from typing import NamedTuple, TypedDict, Optional, List, get_type_hints
import typing
class P(NamedTuple):
    x: int
    y: float = 0.0
    tags: List[str] = []
    def norm(self): return self.x + self.y
    @property
    def double(self): return P(self.x * 2, self.y * 2)
    def __str__(self): return f"<{self.x},{self.y}>"
print(P(1), P(1, 2).norm(), P._fields, P._field_defaults, P.__annotations__, P.__module__)
print(P(3).double, str(P(1, 2)), P(1) == (1, 0.0, []), isinstance(P(1), tuple), P(1)._replace(x=5), P._make([1, 2, []]))
print([c.__name__ for c in P.__mro__])
x, y, t = P(4, 5)
print(x, y, t, sorted([P(2), P(1, 9)]), P(1)._asdict())
E = NamedTuple("E", [("name", str), ("id", int)])
print(E("a", 1), E.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
class M(TypedDict, total=False):
    name: str
    year: int
class M2(M):
    rating: float
m = M(name="x")
print(type(m).__name__, m, sorted(M.__optional_keys__), M.__total__, M.__annotations__, M.__module__)
print(sorted(M2.__required_keys__), sorted(M2.__optional_keys__), M2.__annotations__, M2(name="y", rating=1.0))
Movie = TypedDict("Movie", {"title": str})
print(Movie(title="t"), Movie.__required_keys__, typing.is_typeddict(M), typing.is_typeddict(dict))
class Sub(P):
    def extra(self): return "sub"
print(Sub(1).extra(), Sub(1, 2))
