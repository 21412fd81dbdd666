# typing: the names scripts import, subscripted at run time, with CPython's reprs
import typing as t
from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, Iterable, NamedTuple, cast
print(repr(t.Any), repr(t.Union[int, str]), repr(t.Optional[int]), repr(t.Union[int, None, str]), repr(t.List), repr(t.List[int]))
print(repr(t.Dict[str, t.List[int]]), repr(t.Callable[[int], str]), repr(t.Tuple[()]), repr(t.TypeVar('T')), repr(t.ClassVar[int]))
print(repr(t.Final), repr(t.Literal['a', 1]), repr(t.Iterable[int]), repr(t.Type[int]), repr(t.Set), repr(t.FrozenSet[int]), repr(t.NewType('UserId', int)))
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), t.get_origin(t.Union[int, str]), repr(t.Union[int]), t.Union[int, str] == t.Union[str, int])
print(repr(t.Optional[t.Union[int, str]]), repr(t.Counter[str]), repr(t.DefaultDict[str, int]), repr(t.Generator[int, None, None]), repr(t.Sequence))
print(repr(t.Union[int, str] | None), repr(t.get_args(t.Optional[int])), t.get_args(t.Callable[[int], str]), t.get_origin(t.Literal[1]))
for f in [lambda: t.List[int, str], lambda: t.Union[()], lambda: t.Any(), lambda: t.Union(), lambda: t.List()]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(repr(t.Tuple), repr(t.Tuple[int, str]), repr(t.Callable), repr(t.Type), t.List[int] == t.List[int], t.Optional[int] == t.Union[None, int])
print(repr(t.Union[int, t.Union[str, int]]), repr(t.Optional), repr(t.Union), repr(t.NoReturn), repr(t.Annotated[int, 'x']))
T = TypeVar('T')
print(repr(t.List[T]), repr(t.List[T][int]), repr(t.Dict[str, T][int]), T.__name__, repr(TypeVar('U', bound=int)), repr(TypeVar('V', covariant=True)))
@t.overload
def g(x): pass
try:
    g(1)
except NotImplementedError as e:
    print(e)
print(cast(int, 'x'), t.TYPE_CHECKING, t.get_type_hints(g), t.Text, t.AnyStr, t.assert_type(3, int))
UserId = t.NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
try:
    t.assert_never(1)
except AssertionError as e:
    print('AssertionError', e)
def apply(f: Callable[[int], int], xs: List[int]) -> Dict[int, int]:
    return {x: f(x) for x in xs}
print(apply(lambda v: v * v, [1, 2, 3]))

class Box:
    def __init__(self, item):
        self.item = item


IntList = List[int]
Pair = Tuple[str, int]
MaybeStr = Optional[str]
print(IntList, Pair, MaybeStr, t.get_args(Pair), t.get_origin(MaybeStr) is Union, Union[int, str].__args__)
print(t.Mapping[str, int], t.MutableMapping[str, t.Any], t.Iterator[int], t.Set[str], t.Deque[int] if False else '',
      t.Literal['r', 'w'] == t.Literal['w', 'r'], t.Literal[1, 2, 1], t.ClassVar[t.Dict[str, int]], t.Final[int])
print(t.Callable[[int, str], t.Optional[float]], t.Callable[[], None], t.Union[t.List[int], t.Dict[str, int], None])
