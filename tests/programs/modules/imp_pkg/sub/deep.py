from . import LABEL
from ..base import kind
from .. import square


def report():
    return [LABEL, kind(), square.Square(3).area(), __name__]
