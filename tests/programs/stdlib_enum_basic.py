# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, functional API
import enum
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
class IP(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R|Perm.W), str(Perm.R|Perm.W), repr(Perm(0)), str(Perm(0)), list(Perm.R|Perm.X), repr(~Perm.R), bool(Perm(0)), Perm.R in Perm.R|Perm.W, repr(Perm(7)))
print(repr(IP.R|IP.W), str(IP.R|IP.W), repr(IP(0)), repr(IP.R|8), IP.R|8, repr(IP(9)), format(IP.R), repr(Perm), repr(enum.Enum), len(Perm), list(Perm))
try:
    Perm(8)
except ValueError as e:
    print(e)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
print(list(Color), Color.__members__, Color.CRIMSON, Color(1), Color['GREEN'], Color.RED in Color, len(Color))
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError', e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print('TypeError', e)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['X']
except KeyError as e:
    print('KeyError', e)
try:
    @enum.unique
    class U(enum.Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(e)
A = enum.Enum('Animal', 'ANT BEE CAT')
print(list(A), repr(A.ANT), A.ANT.__class__.__name__)
class S(enum.StrEnum):
    A = enum.auto()
    B = 'bee'
print(repr(S.A), str(S.A), S.A == 'a', f'{S.B}', S('bee'))
class N(enum.IntEnum):
    ONE = 1
    TWO = enum.auto()
print(repr(N.TWO), str(N.TWO), N.ONE + 1, N.ONE < N.TWO, f'{N.ONE}', N(2), sorted([N.TWO, N.ONE]), int(N.TWO), N.TWO == 2, hash(N.ONE) == hash(1))
print(Color.RED.name, Color.RED.value, Color.RED._name_, repr(Color), Color.RED is Color(1), hash(Color.RED) == hash(Color.RED), type(Color.RED), Color.__name__)
class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), repr(Planet.EARTH))
