# typing.NamedTuple (call forms), needs collections.namedtuple
from typing import NamedTuple, List

E = NamedTuple('E', [('name', str), ('id', int)])
print(E('a', 1), E.__annotations__, E._fields, E('b', 2)._asdict())
P = NamedTuple('P', x=float, y=float)
p = P(1.5, 2.5)
print(p, p.x + p.y, P._fields, P.__annotations__)
try:
    NamedTuple('Q', [('a', int)], b=int)
except TypeError as e:
    print('TypeError', e)

import typing as t
M = t.TypedDict('M', {'name': str, 'year': int})
print(sorted(M.__required_keys__), M.__total__, sorted(t.TypedDict('N', {'a': int}, total=False).__optional_keys__))
