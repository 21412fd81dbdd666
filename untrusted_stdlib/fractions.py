"""Rational numbers (CPython 3.11's `fractions`, written for the sandbox: it
runs inside the guest like any guest code).

`Fraction` from an int, a pair of ints or Fractions, a float, a Decimal of
the sandbox's `decimal` module or a string ('3/4', '-1.25e-3', '1_000'),
normalized as CPython's; `from_float`, `from_decimal`, `limit_denominator`,
`as_integer_ratio`, `numerator`, `denominator`; arithmetic with ints,
Fractions, floats and complex numbers (exact with ints and Fractions, with
the same error messages), comparisons, `hash()` equal to CPython's (so a
Fraction equal to an int or float hashes as it does), `str`/`repr`,
`round`, `math.floor`/`ceil`/`trunc`, `int()`, `float()`. As in 3.11
`format()` takes only an empty format spec.

Differences from CPython: there is no `numbers` module, so Fraction is not
a `numbers.Rational` and only ints, bools and Fractions count as rationals;
a Fraction is made by `__init__`, not `__new__` (`Fraction.__new__` is not
defined by this module). `float()`, `int()`, `round()` and `math.floor()`
of a Fraction need the interpreter's `__float__`, `__int__`, `__round__`
and `__floor__` hooks.
"""

import math

__all__ = ['Fraction']

_PyHASH_MODULUS = 2305843009213693951       # sys.hash_info.modulus (2**61 - 1)
_PyHASH_INF = 314159                        # sys.hash_info.inf


def _is_decimal(x):
    # decimal.Decimal (or a subclass), recognized without importing decimal
    # (which the sandbox may not grant)
    for t in type(x).__mro__:
        if t.__name__ == 'Decimal' and hasattr(t, 'is_snan'):
            return True
    return False


def _digit_run(s, i):
    """The end of the run of decimal digits (groups joined by single
    underscores, as in '1_000') that starts at s[i], or i if none starts
    there."""
    n = len(s)
    if i >= n or not s[i].isdecimal():
        return i
    j = i + 1
    while True:
        while j < n and s[j].isdecimal():
            j += 1
        if j + 1 < n and s[j] == '_' and s[j + 1].isdecimal():
            j += 2
            continue
        return j


def _parse(s):
    """(sign, num, denom, decimal, exp) of a string in the syntax CPython's
    Fraction accepts, or None; the parts are strings (None if absent)."""
    n = len(s)
    i = 0
    while i < n and s[i].isspace():
        i += 1
    sign = ''
    if i < n and s[i] in '+-':
        sign = s[i]
        i += 1
    # a digit, or a point and a digit, must come next
    if not (i < n and (s[i].isdecimal() or
                       (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    j = _digit_run(s, i)
    num = s[i:j]
    i = j
    denom = decimal = exp = None
    if i < n and s[i] == '/':
        j = _digit_run(s, i + 1)
        if j == i + 1:
            return None
        denom = s[i + 1:j]
        i = j
    else:
        if i < n and s[i] == '.':
            i += 1
            j = _digit_run(s, i)
            if j == i:
                # CPython's pattern also takes a run of the letter d here
                while j < n and s[j] in 'dD':
                    j += 1
            decimal = s[i:j]
            i = j
        if i < n and s[i] in 'eE':
            k = i + 1
            if k < n and s[k] in '+-':
                k += 1
            j = _digit_run(s, k)
            if j == k:
                return None
            exp = s[i + 1:j]
            i = j
    while i < n and s[i].isspace():
        i += 1
    if i != n:
        return None
    return sign, num, denom, decimal, exp


def _from_string(text):
    parts = _parse(text)
    if parts is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    sign, num, denom, decimal, exp = parts
    numerator = int(num or '0')
    if denom:
        denominator = int(denom)
    else:
        denominator = 1
        if decimal:
            decimal = decimal.replace('_', '')
            scale = 10 ** len(decimal)
            numerator = numerator * scale + int(decimal)
            denominator *= scale
        if exp:
            e = int(exp)
            if e >= 0:
                numerator *= 10 ** e
            else:
                denominator *= 10 ** -e
    if sign == '-':
        numerator = -numerator
    return numerator, denominator


def _is_rational(x):
    return isinstance(x, (int, Fraction))


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75),
    Fraction('0.75'), Fraction(other_fraction)."""

    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return
            if isinstance(numerator, str):
                numerator, denominator = _from_string(numerator)
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator

    @classmethod
    def from_float(cls, f):
        """The float f as a Fraction, exactly (from_float(0.1) is not
        Fraction(1, 10))."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The Decimal dec as a Fraction, exactly."""
        if isinstance(dec, int):
            import decimal
            dec = decimal.Decimal(int(dec))
        elif not _is_decimal(dec):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" %
                (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with a denominator of at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # walk the continued fraction's convergents until the next one's
        # denominator would be too big; the answer is the last convergent
        # or the best semiconvergent after it
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        convergent = Fraction(p1, q1)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(a):
        return a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # --- arithmetic: exact with rationals, else through float or complex

    def _fallbacks(exact, name, inexact):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return inexact(a._numerator / a._denominator, b)
            if isinstance(b, complex):
                return inexact(complex(a._numerator / a._denominator, 0.0), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, int):
                return exact(a, b)
            if isinstance(a, float):
                return inexact(a, b._numerator / b._denominator)
            if isinstance(a, complex):
                return inexact(a, complex(b._numerator / b._denominator, 0.0))
            return NotImplemented
        forward.__name__ = '__' + name + '__'
        forward.__qualname__ = 'Fraction.' + forward.__name__
        reverse.__name__ = '__r' + name + '__'
        reverse.__qualname__ = 'Fraction.' + reverse.__name__
        return forward, reverse

    def _add(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db + da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _sub(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db - da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _mul(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction(na * nb, db * da, _normalize=False)

    def _div(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def _float_add(x, y):
        return x + y

    def _float_sub(x, y):
        return x - y

    def _float_mul(x, y):
        return x * y

    def _float_truediv(x, y):
        return x / y

    def _float_floordiv(x, y):
        return x // y

    def _float_mod(x, y):
        return x % y

    __add__, __radd__ = _fallbacks(_add, 'add', _float_add)
    __sub__, __rsub__ = _fallbacks(_sub, 'sub', _float_sub)
    __mul__, __rmul__ = _fallbacks(_mul, 'mul', _float_mul)
    __truediv__, __rtruediv__ = _fallbacks(_div, 'truediv', _float_truediv)
    __floordiv__, __rfloordiv__ = _fallbacks(_floordiv, 'floordiv', _float_floordiv)
    __divmod__, __rdivmod__ = _fallbacks(_divmod, 'divmod', divmod)
    __mod__, __rmod__ = _fallbacks(_mod, 'mod', _float_mod)

    def __pow__(a, b):
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power, _normalize=False)
                return Fraction((-a._denominator) ** -power,
                                (-a._numerator) ** -power, _normalize=False)
            # a fractional power is generally irrational
            return (a._numerator / a._denominator) ** (b.numerator / b.denominator)
        return (a._numerator / a._denominator) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            # an int stays an int where it can
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** (b._numerator / b._denominator)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(a._numerator / a._denominator, 0.0)

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self): the nearest int, halves to even; round(self, n): a
        Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self.numerator, self.denominator)
            twice = remainder * 2
            if twice < self.denominator:
                return floor
            if twice > self.denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction((self * shift).__round__(), shift)
        return Fraction((self / shift).__round__() * shift)

    def __hash__(self):
        # CPython's hash of a rational: numerator / denominator modulo
        # the hash modulus, so equal numbers of any type hash alike
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            value = _PyHASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * dinv)
        if self._numerator < 0:
            value = -value
        return -2 if value == -1 else value

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    del _fallbacks, _add, _sub, _mul, _div, _floordiv, _divmod, _mod
    del _float_add, _float_sub, _float_mul, _float_truediv, _float_floordiv, _float_mod


def _lt(x, y):
    return x < y


def _gt(x, y):
    return x > y


def _le(x, y):
    return x <= y


def _ge(x, y):
    return x >= y
