from ..square import Square
from .. import VERSION

LABEL = "sub of " + VERSION
