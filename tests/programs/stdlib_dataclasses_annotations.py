# dataclasses with ordinary annotations: needs the compiler to keep class-body
# annotations in __annotations__ (checked on CPython with untrusted_stdlib's
# dataclasses.py in place of CPython's)
from dataclasses import dataclass, field, asdict, KW_ONLY
from typing import List, ClassVar


@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    registry: ClassVar[int] = 0
    _: KW_ONLY
    qty: int = 1

    def total(self):
        return self.price * self.qty


items = [Item('b', 2.5, qty=4), Item('a', 10.0), Item('c', tags=['x'])]
print(sorted(items), [i.total() for i in items], asdict(items[2]), Item.registry, Item.__match_args__)
