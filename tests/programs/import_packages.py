# Packages and dotted imports: import a.b, import a.b as c, from a.b import c,
# relative imports inside the package (tests/programs/modules/imp_pkg/).
import imp_pkg
print(imp_pkg.VERSION, imp_pkg.describe(), imp_pkg.__name__)
print(imp_pkg.base.kind())

import imp_pkg.square
print(imp_pkg.square.Square(5).area(), imp_pkg.square.ORIGIN)
print(imp_pkg.square.__name__)

import imp_pkg.sub.deep as deep
print(deep.report())
print(imp_pkg.sub.LABEL, imp_pkg.sub.deep is deep)

from imp_pkg.sub import deep as again
print(again is deep)

from imp_pkg import square, sub
print(square.Square(2).area(), sub.Square is square.Square)

from imp_pkg.square import Square as Sq, ORIGIN
print(Sq(7).area(), ORIGIN, issubclass(Sq, imp_pkg.Shape))


def inside_function():
    import imp_pkg.sub.deep
    from imp_pkg.base import kind
    return imp_pkg.sub.deep.report()[0], kind()


print(inside_function())

try:
    import imp_pkg.nosuch
except ImportError as e:
    print("ImportError")

try:
    from imp_pkg import nosuch
except ImportError as e:
    print("ImportError:", e.args[0].split(" (")[0])

try:
    from imp_pkg.base import nosuch
except ImportError as e:
    print("ImportError:", e.args[0].split(" (")[0])

try:
    from . import anything
except ImportError as e:
    print("ImportError:", e)
