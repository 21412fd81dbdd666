# dataclasses.InitVar (InitVar[int] needs __class_getitem__)
from dataclasses import dataclass, field, fields, replace, InitVar


@dataclass
class WithInit:
    __annotations__ = {'x': int, 'scale': InitVar[int], 'y': int}
    y = field(init=False, default=0)

    def __post_init__(self, scale):
        self.y = self.x * scale


w = WithInit(3, 10)
print(w, [f.name for f in fields(w)], replace(w, scale=2))
try:
    replace(w, x=1)
except ValueError as e:
    print('ValueError', e)


