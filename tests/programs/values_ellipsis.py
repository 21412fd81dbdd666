# Ellipsis (`...`): stub bodies, a placeholder value, typing's Tuple[int, ...]
# and Callable[..., T], a user __getitem__ receiving it.
from typing import Tuple, Callable, Any


def todo():
    ...


class Protocolish:
    def area(self) -> float: ...
    def name(self): ...


print(todo(), Protocolish().area(), ...)
x = ...
print(x is Ellipsis, x == ..., repr(x), str(...), type(...).__name__)
print({...: "dots"}[...], hash(...) == hash(Ellipsis), bool(...))
print([..., 1, ...].count(...), (..., ...) == (Ellipsis, Ellipsis))


class Grid:
    def __getitem__(self, key):
        if key is ...:
            return "everything"
        if isinstance(key, tuple):
            return ["..." if k is Ellipsis else k for k in key]
        return key


g = Grid()
print(g[...], g[..., 0], g[1:2, ...])
print(Tuple[int, ...], Callable[..., int])
defaults = {"mode": ...}
print(defaults["mode"] is ..., [k for k, v in defaults.items() if v is ...])
print(f"{...}", "%s" % (...,), format(...))
