# enum: methods, _missing_, auto, mixins, members in containers
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


class Status(Enum):
    PENDING = 'pending'
    ACTIVE = 'active'
    DONE = 'done'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None

    def is_final(self):
        return self is Status.DONE

    def __lt__(self, other):
        order = list(Status)
        return order.index(self) < order.index(other)


print(Status('ACTIVE'), Status('Done').is_final(), sorted([Status.DONE, Status.PENDING]), Status.ACTIVE.value)
try:
    Status('unknown')
except ValueError as e:
    print('ValueError', e)
counts = {Status.PENDING: 2, Status.DONE: 5}
print(counts[Status.PENDING], Status.DONE in counts, {Status.ACTIVE, Status.ACTIVE}, [s.name for s in Status])


class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()

    @property
    def is_weekend(self):
        return False


print(list(Weekday), Weekday.TUE.value, Weekday.WED.is_weekend, Weekday(3), Weekday['MON'].name)


class Shape(str, Enum):
    CIRCLE = 'circle'
    SQUARE = 'square'


print(repr(Shape.CIRCLE), str(Shape.CIRCLE), Shape.CIRCLE == 'circle', Shape.SQUARE.upper(), f'{Shape.SQUARE}', Shape('circle'))


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.HIGH > Priority.LOW, Priority.MEDIUM * 2, max(Priority), sorted([10, Priority.LOW, 3]), Priority(5),
      [p.name for p in sorted(Priority, reverse=True)], Priority.LOW == 1, '%d|%s|%r' % (Priority.HIGH, Priority.HIGH, Priority.HIGH))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE if False else 7


purple = Color.RED | Color.BLUE
print(repr(purple), Color.RED in purple, Color.GREEN in purple, list(purple), repr(Color.WHITE), list(Color), len(purple),
      repr(purple & Color.RED), repr(purple ^ Color.RED), repr(Color(0)), bool(purple & Color.GREEN), [c.value for c in Color])


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw == 6, rw & 4, repr(rw | 1), Perm.R + 1, isinstance(rw, int), repr(Perm(5)), repr(~Perm.R))


class Level(StrEnum):
    DEBUG = auto()
    INFO = auto()


print(Level.DEBUG, repr(Level.INFO), Level.DEBUG.upper(), Level('info'), list(Level), Level.DEBUG + '!')
HTTP = IntEnum('HTTP', [('OK', 200), ('NOT_FOUND', 404)])
Dir = Enum('Dir', {'N': 'north', 'S': 'south'})
Seq = Enum('Seq', ['A', 'B'], start=10)
print(repr(HTTP.NOT_FOUND), HTTP(200), HTTP.OK + 1, repr(Dir.S), list(Seq), Seq.B.value)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine), Fine.A.__class__.__name__, isinstance(Fine.A, Fine), isinstance(Fine.A, Enum), issubclass(Fine, Enum))
