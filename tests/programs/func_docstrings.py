# Docstrings: functions, methods, classes keep them in __doc__.


def documented():
    """Return one.

    More text."""
    return 1


def undocumented():
    return 2


def not_first():
    x = 1
    "not a docstring"
    return x


class K:
    """Doc of K."""

    def m(self):
        "method doc"

    @staticmethod
    def s():
        """static doc"""

    @property
    def p(self):
        """property doc"""
        return 1


class NoDoc:
    pass


print(repr(documented.__doc__))
print(undocumented.__doc__, not_first.__doc__)
print(K.__doc__, K.m.__doc__, K().m.__doc__, K.s.__doc__)
print(NoDoc.__doc__)
print((lambda: 1).__doc__)


def nested():
    def inner():
        """inner doc"""
    return inner


print(nested().__doc__, documented(), not_first())
documented.__doc__ = "changed"
print(documented.__doc__)
