"""Decimal fixed and floating point arithmetic (CPython 3.11's `decimal`,
written for the sandbox: it runs inside the guest like any guest code).

What is here, with CPython's results, flags, traps and messages:
- `Decimal` from int, str (CPython's syntax, underscores, Unicode digits),
  float (exactly), tuples and other Decimals; `from_float`;
- arithmetic `+ - * / // % divmod() **` (integer powers exact before
  rounding; fractional powers through exp and ln), unary `- + abs()`,
  comparisons with Decimals, ints, floats and Fractions, `hash()` equal to
  CPython's;
- `quantize` with every rounding mode, `sqrt`, `exp`, `ln`, `log10`,
  `normalize`, `to_integral_value`/`to_integral_exact`/`to_integral`,
  `compare`, `max`, `min`, `fma`, `scaleb`, `remainder_near`,
  `next_plus`, `next_minus`, `same_quantum`, `copy_abs`, `copy_negate`,
  `copy_sign`, `adjusted`, `as_tuple`, `as_integer_ratio`, the `is_*`
  predicates, `number_class`;
- `str`, `repr`, `to_eng_string`, `format()` with CPython's format
  specifications (`e f g %` and `n`, fill, alignment, sign, `z`, width,
  `,`, precision), `int()`, `float()`, `round()`, `math.floor`/`ceil`;
- `Context` (prec, rounding, Emin, Emax, capitals, clamp, flags, traps;
  its arithmetic methods), `getcontext`, `setcontext`, `localcontext`,
  `DefaultContext`, `BasicContext`, `ExtendedContext`, the signals
  (`InvalidOperation`, `DivisionByZero`, `Overflow`, `Inexact`, ...) and
  the rounding constants.

Missing: the logical operations (`logical_and`, ...), `rotate`, `shift`,
and the Context methods of the less common operations.

How results are computed: `exp`, `ln` and `log10` with guard digits until
the rounding is certain, so they are correctly rounded (always with
ROUND_HALF_EVEN, as CPython's), only slower; powers follow the steps of
libmpdec (CPython's C implementation: integer powers by repeated squaring
in a wider precision, fractional ones through ln and exp), so they round
alike. Differences: `as_tuple()` returns a `DecimalTuple` object that
compares equal to the tuple and unpacks, not a named tuple; the current
context is one per sandbox (there are no threads); a Decimal is made by
`__init__`; `float()`, `int()`, `round()`, `divmod()` and `math.floor()`
of a Decimal wait for the interpreter to call `__float__`, `__int__`,
`__round__`, `__divmod__` and `__floor__` (the methods exist).
"""

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

HAVE_THREADS = True
HAVE_CONTEXTVAR = True
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

_PyHASH_MODULUS = 2305843009213693951
_PyHASH_INF = 314159
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


# --- signals -------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded,
            Underflow, InvalidOperation, Subnormal, FloatOperation]

# the order of libmpdec's condition bits, which CPython's reprs follow
_BIT = {Clamped: 1, ConversionSyntax: 2, DivisionByZero: 4, DivisionImpossible: 8,
        DivisionUndefined: 16, Inexact: 64, InvalidContext: 128,
        InvalidOperation: 256, FloatOperation: 1024, Overflow: 2048,
        Rounded: 4096, Subnormal: 8192, Underflow: 16384}
_TRAP_BIT = {Clamped: 1, InvalidOperation: 2, DivisionByZero: 4, Inexact: 64,
             FloatOperation: 1024, Overflow: 2048, Rounded: 4096,
             Subnormal: 8192, Underflow: 16384}


def _signal_of(condition):
    if issubclass(condition, InvalidOperation):
        return InvalidOperation
    return condition


# --- the context ---------------------------------------------------------

class Context:
    """The environment of arithmetic operations: precision, rounding,
    exponent limits, which signals trap and which flags are set."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = DefaultContext if DefaultContext is not None else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        if base is not None:
            self._prec = base._prec
            self._rounding = base._rounding
            self._Emin = base._Emin
            self._Emax = base._Emax
            self._capitals = base._capitals
            self._clamp = base._clamp
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        self._flagbits = {}
        self.flags = {s: False for s in _SIGNALS}
        if flags is not None:
            self._set_signals(self.flags, flags, 'flags')
        if traps is None:
            if base is not None:
                self.traps = dict(base.traps)
            else:
                self.traps = {s: s in (InvalidOperation, DivisionByZero, Overflow)
                              for s in _SIGNALS}
        else:
            self.traps = {s: False for s in _SIGNALS}
            self._set_signals(self.traps, traps, 'traps')

    def _set_signals(self, table, given, what):
        if isinstance(given, dict):
            for s, v in given.items():
                if s not in table:
                    raise KeyError('invalid signal dict')
                table[s] = bool(v)
        else:
            for s in given:
                if s not in table:
                    raise TypeError('invalid signal dict')
                table[s] = True

    # validated attributes, with CPython's messages
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        self._rounding = value

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    def Etiny(self):
        """The smallest exponent of a subnormal number: Emin - prec + 1."""
        return self._Emin - self._prec + 1

    def Etop(self):
        """The largest exponent of a number: Emax - prec + 1."""
        return self._Emax - self._prec + 1

    def copy(self):
        """A copy of this context (flags and traps included)."""
        new = Context(self._prec, self._rounding, self._Emin, self._Emax,
                      self._capitals, self._clamp, dict(self.flags), dict(self.traps))
        new._flagbits = dict(self._flagbits)
        return new

    __copy__ = copy

    def clear_flags(self):
        """Reset all the flags to False."""
        for s in self.flags:
            self.flags[s] = False
        self._flagbits = {}

    def clear_traps(self):
        """Reset all the traps to False."""
        for s in self.traps:
            self.traps[s] = False

    def _raise_error(self, condition, explanation=None):
        """Set the flag of condition; raise its signal if it traps."""
        self._raise_many([condition])

    def _raise_many(self, conditions):
        """Set the flags of the conditions one operation met; if some trap,
        raise one exception naming them all, as CPython's."""
        trapped = []
        for condition in conditions:
            signal = _signal_of(condition)
            self.flags[signal] = True
            bit = _BIT[condition]
            old = self._flagbits.get(signal)
            if old is None or bit < old:
                self._flagbits[signal] = bit
            if self.traps[signal] and condition not in trapped:
                trapped.append(condition)
        if trapped:
            trapped.sort(key=_raise_order)
            kind = _signal_of(trapped[0])
            raise kind('[%s]' % ', '.join([_class_repr(c) for c in trapped]))

    def _signal_list(self, table, trap):
        order = []
        for s in _SIGNALS:
            if table[s]:
                if trap:
                    bit = _TRAP_BIT[s]
                else:
                    bit = self._flagbits.get(s, _BIT[s])
                order.append((bit, s.__name__))
        order.sort()
        return '[' + ', '.join([name for bit, name in order]) + ']'

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=%s, traps=%s)' % (
                    self._prec, self._rounding, self._Emin, self._Emax,
                    self._capitals, self._clamp,
                    self._signal_list(self.flags, False),
                    self._signal_list(self.traps, True)))

    # the arithmetic methods, as Context methods
    def create_decimal(self, num='0'):
        """num as a Decimal rounded to this context (a string with spaces
        or an invalid literal signals ConversionSyntax)."""
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise_conversion(num)
        if isinstance(num, float):
            self._raise_error(FloatOperation)
            num = Decimal.from_float(num)
        d = Decimal(num, context=self)
        if d._is_special and d._exp in 'nN' and len(str(d._int)) > self._prec - self._clamp:
            return self._raise_conversion(num)
        return d._fix(self)

    def _raise_conversion(self, num):
        self._raise_error(ConversionSyntax)
        return _NaN

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def abs(self, a):
        return _conv(a, True).__abs__(context=self)

    def add(self, a, b):
        return _conv(a, True)._add(_conv(b, True), self)

    def subtract(self, a, b):
        return _conv(a, True)._sub(_conv(b, True), self)

    def multiply(self, a, b):
        return _conv(a, True)._mul(_conv(b, True), self)

    def divide(self, a, b):
        return _conv(a, True)._truediv(_conv(b, True), self)

    def divide_int(self, a, b):
        return _conv(a, True)._floordiv(_conv(b, True), self)

    def remainder(self, a, b):
        return _conv(a, True)._mod(_conv(b, True), self)

    def remainder_near(self, a, b):
        return _conv(a, True).remainder_near(b, context=self)

    def divmod(self, a, b):
        return _conv(a, True)._divmod(_conv(b, True), self)

    def power(self, a, b, modulo=None):
        return _conv(a, True)._pow(_conv(b, True), self, modulo)

    def plus(self, a):
        return _conv(a, True).__pos__(context=self)

    def minus(self, a):
        return _conv(a, True).__neg__(context=self)

    def sqrt(self, a):
        return _conv(a, True).sqrt(context=self)

    def exp(self, a):
        return _conv(a, True).exp(context=self)

    def ln(self, a):
        return _conv(a, True).ln(context=self)

    def log10(self, a):
        return _conv(a, True).log10(context=self)

    def quantize(self, a, b):
        return _conv(a, True).quantize(b, context=self)

    def compare(self, a, b):
        return _conv(a, True).compare(b, context=self)

    def max(self, a, b):
        return _conv(a, True).max(b, context=self)

    def min(self, a, b):
        return _conv(a, True).min(b, context=self)

    def fma(self, a, b, c):
        return _conv(a, True).fma(b, c, context=self)

    def normalize(self, a):
        return _conv(a, True).normalize(context=self)

    def to_integral_value(self, a):
        return _conv(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _conv(a, True).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _conv(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _conv(a, True).to_eng_string(context=self)

    def is_zero(self, a):
        return _conv(a, True).is_zero()

    def is_signed(self, a):
        return _conv(a, True).is_signed()

    def is_nan(self, a):
        return _conv(a, True).is_nan()

    def is_finite(self, a):
        return _conv(a, True).is_finite()

    def is_infinite(self, a):
        return _conv(a, True).is_infinite()

    def copy_abs(self, a):
        return _conv(a, True).copy_abs()

    def copy_negate(self, a):
        return _conv(a, True).copy_negate()

    def copy_sign(self, a, b):
        return _conv(a, True).copy_sign(b)

    def copy_decimal(self, a):
        return _conv(a, True)

    def radix(self):
        return Decimal(10)


_RAISE_ORDER = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
                Underflow, Subnormal, Inexact, Rounded, Clamped]


def _raise_order(condition):
    return _RAISE_ORDER.index(_signal_of(condition))


def _class_repr(cls):
    return "<class 'decimal.%s'>" % cls.__name__


DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_current = [None]


def getcontext():
    """The current context (a copy of DefaultContext at first)."""
    ctx = _current[0]
    if ctx is None:
        ctx = _current[0] = DefaultContext.copy()
    return ctx


def setcontext(context):
    """Make context the current context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_CONTEXT_ATTRS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (by default the current
    context), changed by the keyword arguments, the current context for
    the time of the with body."""
    if ctx is None:
        ctx = getcontext()
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _CONTEXT_ATTRS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if key in ('flags', 'traps'):
            table = {s: False for s in _SIGNALS}
            new._set_signals(table, value, key)
            setattr(new, key, table)
        else:
            setattr(new, key, value)
    return _ContextManager(new)


# --- integer helpers -----------------------------------------------------

def _ndigits(n):
    """The number of decimal digits of the int n >= 0 (1 for 0)."""
    if n < 10 ** 15:
        return len(str(n))
    # an estimate from the bit length, then corrected
    d = (n.bit_length() - 1) * 30103 // 100000
    while 10 ** d > n:
        d -= 1
    while 10 ** (d + 1) <= n:
        d += 1
    return d + 1


def _isqrt(n):
    """The integer square root of n >= 0."""
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _round_digits(sign, coeff, drop, rounding):
    """coeff with its last `drop` digits rounded away under rounding:
    (new coefficient, True if the dropped digits were not all zero)."""
    if drop <= 0:
        return coeff, False
    unit = 10 ** drop
    q, r = divmod(coeff, unit)
    if not r:
        return q, False
    half = unit // 2
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:                               # ROUND_05UP
        up = q % 5 == 0
    if up:
        q += 1
    return q, True


# --- Decimal -------------------------------------------------------------

def _dec(sign, coeff, exp, special=False):
    d = Decimal.__new_blank__()
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._is_special = special
    return d


def _parse_decimal(s):
    """(sign, coefficient, exponent, special) of a decimal literal, or
    None."""
    s = s.strip().replace('_', '')
    if not s:
        return None
    # Unicode decimal digits count as their ASCII values
    if not s.isascii():
        chars = []
        for c in s:
            if c.isdecimal():
                chars.append(str(int(c)))
            elif c.isspace():
                return None
            else:
                chars.append(c)
        s = ''.join(chars)
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F', True
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return sign, int(payload or '0'), kind, True
    mantissa, exp = s, 0
    for i in range(len(s)):
        if s[i] in 'eE':
            mantissa, tail = s[:i], s[i + 1:]
            digits = tail[1:] if tail[:1] in ('+', '-') else tail
            if not digits or not (digits.isdigit() and digits.isascii()):
                return None
            exp = int(tail)
            break
    if '.' in mantissa:
        intpart, _, frac = mantissa.partition('.')
    else:
        intpart, frac = mantissa, ''
    if not intpart and not frac:
        return None
    for part in (intpart, frac):
        if part and not (part.isdigit() and part.isascii()):
            return None
    return sign, int(intpart + frac or '0'), exp - len(frac), False


def _conv(other, raise_error=False, allow_float=False):
    """other as a Decimal (ints exactly; floats only where allowed), or
    NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        getcontext()._raise_error(FloatOperation)
        return Decimal.from_float(other)
    if raise_error:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _type_name(x):
    if isinstance(x, Decimal):
        return 'decimal.Decimal'
    return type(x).__name__


def _binop_error(symbol, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (symbol, _type_name(a), _type_name(b)))


_FOREIGN = (float, str, bytes, complex, list, tuple, dict, set, frozenset, type(None))


class DecimalTuple:
    """The (sign, digits, exponent) of a Decimal: named fields, unpacks,
    indexes and compares equal to the tuple."""

    def __init__(self, sign, digits, exponent):
        self.sign = sign
        self.digits = digits
        self.exponent = exponent

    def _tuple(self):
        return (self.sign, self.digits, self.exponent)

    def __iter__(self):
        return iter(self._tuple())

    def __len__(self):
        return 3

    def __getitem__(self, index):
        return self._tuple()[index]

    def __eq__(self, other):
        if isinstance(other, DecimalTuple):
            return self._tuple() == other._tuple()
        if isinstance(other, tuple):
            return self._tuple() == other
        return NotImplemented

    def __hash__(self):
        return hash(self._tuple())

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % self._tuple()


class Decimal:
    """Decimal floating point number: Decimal('3.14'), Decimal(314),
    Decimal(3.14) (the float's exact value), Decimal((0, (3, 1, 4), -2))."""

    def __init__(self, value="0", context=None):
        if value is _BLANK:
            return
        if isinstance(value, str):
            parts = _parse_decimal(value)
            if parts is None:
                if context is None:
                    context = getcontext()
                context._raise_error(ConversionSyntax)
                parts = (0, 0, 'n', True)
            self._sign, self._int, self._exp, self._is_special = parts
            return
        if isinstance(value, int):
            value = int(value)
            self._sign = 1 if value < 0 else 0
            self._int = -value if value < 0 else value
            self._exp = 0
            self._is_special = False
            return
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._is_special = (
                value._sign, value._int, value._exp, value._is_special)
            return
        if isinstance(value, float):
            (context or getcontext())._raise_error(FloatOperation)
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._is_special = (
                d._sign, d._int, d._exp, d._is_special)
            return
        if isinstance(value, (list, tuple)):
            self._from_tuple(value)
            return
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(value).__name__)

    def _from_tuple(self, value):
        if len(value) != 3:
            raise ValueError('argument must be a sequence of length 3')
        sign, digits, exp = value
        if not (isinstance(sign, int) and sign in (0, 1)):
            raise ValueError('sign must be an integer with the value 0 or 1')
        if exp == 'F':
            self._sign, self._int, self._exp, self._is_special = sign, 0, 'F', True
            return
        coeff = 0
        for digit in digits:
            if isinstance(digit, int) and 0 <= digit <= 9:
                coeff = coeff * 10 + digit
            else:
                raise ValueError('coefficient must be a tuple of digits')
        if exp in ('n', 'N'):
            self._sign, self._int, self._exp, self._is_special = sign, coeff, exp, True
            return
        if isinstance(exp, int):
            self._sign, self._int, self._exp, self._is_special = sign, coeff, exp, False
            return
        raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")

    @staticmethod
    def __new_blank__():
        return Decimal(_BLANK)

    @classmethod
    def from_float(cls, f):
        """The float (or int) f as a Decimal, exactly."""
        if isinstance(f, int):
            d = Decimal(f)
        elif isinstance(f, float):
            if f != f:
                sign = 1 if _float_sign(f) else 0
                d = _dec(sign, 0, 'n', True)
            elif f in (float('inf'), float('-inf')):
                d = _dec(1 if f < 0 else 0, 0, 'F', True)
            else:
                sign = 1 if _float_sign(f) else 0
                n, den = abs(f).as_integer_ratio()
                k = den.bit_length() - 1        # den is 2**k
                d = _dec(sign, n * 5 ** k, -k)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # --- predicates and parts

    def _isnan(self):
        """0 if not a NaN, 1 for a quiet NaN, 2 for a signaling one."""
        if self._is_special:
            if self._exp == 'n':
                return 1
            if self._exp == 'N':
                return 2
        return 0

    def _isinfinity(self):
        if self._exp == 'F':
            return -1 if self._sign else 1
        return 0

    def is_nan(self):
        return self._is_special and self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._is_special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        """'+Normal', '-Zero', '+Infinity', 'NaN', 'sNaN', ..."""
        if self.is_snan():
            return 'sNaN'
        if self.is_qnan():
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._exp == 'F':
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def as_tuple(self):
        if self._is_special and self._exp == 'F':
            digits = (0,)
        elif self._is_special and not self._int:
            digits = ()
        else:
            digits = tuple([int(c) for c in str(self._int)])
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        """(n, d) in lowest terms with n / d equal to self."""
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        if not self._int:
            return 0, 1
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            # remove the common factors 2 and 5
            while n % 5 == 0 and d % 5 == 0:
                n //= 5
                d //= 5
            while n % 2 == 0 and d % 2 == 0:
                n //= 2
                d //= 2
        return (-n if self._sign else n), d

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _conv(other, True)
        return _dec(other._sign, self._int, self._exp, self._is_special)

    def same_quantum(self, other, context=None):
        other = _conv(other, True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (
                self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    # --- rounding to a context

    def _fix_nan(self, context):
        payload = self._int
        max_digits = context.prec - context.clamp
        if payload and _ndigits(payload) > max_digits:
            payload = int(str(payload)[-max_digits:])
            return _dec(self._sign, payload, self._exp, True)
        return self

    def _fix(self, context):
        """self rounded to the context's precision and exponent range,
        with its flags and traps."""
        if self._is_special:
            if self.is_nan():
                return self._fix_nan(context)
            return self
        Etiny = context.Etiny()
        Etop = context.Etop()
        prec = context.prec
        if not self._int:
            exp_max = context.Emax if context.clamp == 0 else Etop
            new_exp = min(max(self._exp, Etiny), exp_max)
            if new_exp != self._exp:
                context._raise_error(Clamped)
                return _dec(self._sign, 0, new_exp)
            return self
        ndig = _ndigits(self._int)
        exp_min = ndig + self._exp - prec
        if exp_min > Etop:
            return self._overflow(context)
        subnormal = exp_min < Etiny
        if subnormal:
            exp_min = Etiny
        if self._exp < exp_min:
            coeff, inexact = _round_digits(self._sign, self._int, exp_min - self._exp,
                                           context.rounding)
            if _ndigits(coeff) > prec:
                coeff //= 10
                exp_min += 1
            if exp_min > Etop:
                return self._overflow(context)
            ans = _dec(self._sign, coeff, exp_min)
            conditions = []
            if inexact and subnormal:
                conditions.append(Underflow)
            if subnormal:
                conditions.append(Subnormal)
            if inexact:
                conditions.append(Inexact)
            conditions.append(Rounded)
            if not coeff and subnormal:
                conditions.append(Clamped)
            context._raise_many(conditions)
            return ans
        if subnormal:
            context._raise_error(Subnormal)
        if context.clamp == 1 and self._exp > Etop:
            context._raise_error(Clamped)
            return _dec(self._sign, self._int * 10 ** (self._exp - Etop), Etop)
        return self

    def _overflow(self, context):
        sign = self._sign
        context._raise_many([Overflow, Inexact, Rounded])
        rounding = context.rounding
        if rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
            return _dec(sign, 0, 'F', True)
        if sign == 0:
            if rounding == ROUND_CEILING:
                return _dec(sign, 0, 'F', True)
        elif rounding == ROUND_FLOOR:
            return _dec(sign, 0, 'F', True)
        return _dec(sign, 10 ** context.prec - 1, context.Emax - context.prec + 1)

    def _rescale(self, exp, rounding):
        """self with exponent exp, rounded (no flags)."""
        if self._is_special:
            return self
        if not self._int:
            return _dec(self._sign, 0, exp)
        if self._exp >= exp:
            return _dec(self._sign, self._int * 10 ** (self._exp - exp), exp)
        coeff, inexact = _round_digits(self._sign, self._int, exp - self._exp, rounding)
        return _dec(self._sign, coeff, exp)

    def _round(self, places, rounding):
        """self rounded to `places` significant digits (no flags)."""
        if places <= 0:
            raise ValueError("argument should be at least 1 in _round")
        if self._is_special or not self._int:
            return self
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    def _check_nans(self, other, context):
        """The NaN result of an operation on self and other if either is a
        NaN (signaling InvalidOperation for a signaling one), else None."""
        self_nan = self._isnan()
        other_nan = other._isnan() if other is not None else 0
        if self_nan or other_nan:
            if self_nan == 2:
                context._raise_error(InvalidOperation)
                return _dec(self._sign, self._int, 'n', True)._fix_nan(context)
            if other_nan == 2:
                context._raise_error(InvalidOperation)
                return _dec(other._sign, other._int, 'n', True)._fix_nan(context)
            if self_nan:
                return self._fix_nan(context)
            return other._fix_nan(context)
        return None

    def _invalid(self, context):
        context._raise_error(InvalidOperation)
        return _NaN

    # --- strings

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('NaN' if self._exp == 'n' else 'sNaN') + payload
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif not self._int:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        """The string in engineering notation (exponents multiple of 3)."""
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # --- conversions

    def __bool__(self):
        return self._is_special or self._int != 0

    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self.is_nan():
            if self.is_snan():
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(self.__float__(), 0.0)

    def __floor__(self):
        if self._is_special:
            self.__int__()
        return self._rescale(0, ROUND_FLOOR).__int__()

    def __ceil__(self):
        if self._is_special:
            self.__int__()
        return self._rescale(0, ROUND_CEILING).__int__()

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_dec(0, 1, -n))
        if self._is_special:
            self.__int__()
        return self._rescale(0, ROUND_HALF_EVEN).__int__()

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value')
            if self.is_nan():
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        value = self._int * exp_hash % _PyHASH_MODULUS
        if self._sign:
            value = -value
        return -2 if value == -1 else value

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # --- comparisons

    def _cmp(self, other):
        """-1, 0 or 1 for self <, ==, > other (no NaNs)."""
        if self._is_special or other._is_special:
            a = self._isinfinity()
            b = other._isinfinity()
            if a == b:
                return 0
            return -1 if a < b else 1
        if not self._int:
            if not other._int:
                return 0
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if other._sign < self._sign:
            return -1
        if self._sign < other._sign:
            return 1
        sa = self.adjusted()
        oa = other.adjusted()
        if sa == oa:
            m = min(self._exp, other._exp)
            x = self._int * 10 ** (self._exp - m)
            y = other._int * 10 ** (other._exp - m)
            if x == y:
                return 0
            result = -1 if x < y else 1
        else:
            result = -1 if sa < oa else 1
        return -result if self._sign else result

    def _compare_operand(self, other, equality):
        """other as a Decimal, or a Fraction's (numerator, denominator),
        or NotImplemented."""
        if isinstance(other, (Decimal, int)):
            return _conv(other)
        if isinstance(other, float):
            ctx = getcontext()
            if equality:
                ctx.flags[FloatOperation] = True
            else:
                ctx._raise_error(FloatOperation)
            return Decimal.from_float(other)
        if equality and isinstance(other, complex) and other.imag == 0:
            getcontext().flags[FloatOperation] = True
            return Decimal.from_float(other.real)
        t = type(other)
        if _is_fraction(other):
            return other
        return NotImplemented

    def _compare_fraction(self, frac):
        """(self scaled, other scaled) as Decimals for comparing with a
        Fraction exactly."""
        if self._is_special:
            return self, Decimal(frac.numerator)
        scaled = _dec(self._sign, self._int * frac.denominator, self._exp)
        return scaled, Decimal(frac.numerator)

    def __eq__(self, other):
        other = self._compare_operand(other, True)
        if other is NotImplemented:
            return other
        if not isinstance(other, Decimal):
            a, b = self._compare_fraction(other)
        else:
            a, b = self, other
        if a._isnan() == 2 or b._isnan() == 2:
            getcontext()._raise_error(InvalidOperation)
            return False
        if a.is_nan() or b.is_nan():
            return False
        return a._cmp(b) == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def _order(self, other, symbol):
        operand = self._compare_operand(other, False)
        if operand is NotImplemented:
            if isinstance(other, _FOREIGN):
                raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                                % (symbol, _type_name(self), _type_name(other)))
            return None
        if not isinstance(operand, Decimal):
            a, b = self._compare_fraction(operand)
        else:
            a, b = self, operand
        if a.is_nan() or b.is_nan():
            getcontext()._raise_error(InvalidOperation)
            return False
        return a._cmp(b)

    def __lt__(self, other):
        c = self._order(other, '<')
        if c is None:
            return NotImplemented
        return c is not False and c < 0

    def __le__(self, other):
        c = self._order(other, '<=')
        if c is None:
            return NotImplemented
        return c is not False and c <= 0

    def __gt__(self, other):
        c = self._order(other, '>')
        if c is None:
            return NotImplemented
        return c is not False and c > 0

    def __ge__(self, other):
        c = self._order(other, '>=')
        if c is None:
            return NotImplemented
        return c is not False and c >= 0

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1); a NaN if either is one."""
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        """The larger of self and other (a quiet NaN loses)."""
        return self._minmax(other, context, True)

    def min(self, other, context=None):
        """The smaller of self and other (a quiet NaN loses)."""
        return self._minmax(other, context, False)

    def _minmax(self, other, context, want_max):
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            sn = self._isnan()
            on = other._isnan()
            if sn or on:
                if on == 1 and sn == 0:
                    return self._fix(context)
                if sn == 1 and on == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            # equal values: the sign, then the exponent decide
            c = self._compare_total_finite(other)
        if not want_max:
            c = -c
        ans = other if c == -1 else self
        return ans._fix(context)

    def _compare_total_finite(self, other):
        if self._sign != other._sign:
            return -1 if self._sign else 1
        if self._exp == other._exp or self._is_special:
            return 0
        c = -1 if self._exp < other._exp else 1
        return -c if self._sign else c

    def compare_total(self, other, context=None):
        """Compare by the abstract representations: a total order where
        -NaN < -sNaN < -Infinity < ... < -0 < 0 < ... < Infinity < sNaN <
        NaN, and equal values order by exponent."""
        other = _conv(other, True)
        if self._sign and not other._sign:
            return Decimal(-1)
        if not self._sign and other._sign:
            return Decimal(1)
        sign = self._sign
        self_nan = self._isnan()
        other_nan = other._isnan()
        if self_nan or other_nan:
            if self_nan == other_nan:
                if self._int < other._int:
                    return Decimal(1 if sign else -1)
                if self._int > other._int:
                    return Decimal(-1 if sign else 1)
                return Decimal(0)
            for code, result in ((1, 1), (2, 1)):
                if self_nan == code:
                    return Decimal(-result if sign else result)
                if other_nan == code:
                    return Decimal(result if sign else -result)
        c = self._cmp(other)
        if c:
            return Decimal(c)
        if self._is_special or self._exp == other._exp:
            return Decimal(0)
        if self._exp < other._exp:
            return Decimal(1 if sign else -1)
        return Decimal(-1 if sign else 1)

    def compare_total_mag(self, other, context=None):
        """compare_total of the absolute values."""
        other = _conv(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def compare_signal(self, other, context=None):
        """compare, but any NaN signals InvalidOperation."""
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_snan() or other.is_snan():
                return self._check_nans(other, context)
            context._raise_error(InvalidOperation)
            return self._check_nans(other, context)
        return Decimal(self._cmp(other))

    def max_mag(self, other, context=None):
        """The one of self and other with the larger absolute value."""
        return self._minmax_mag(other, context, True)

    def min_mag(self, other, context=None):
        """The one of self and other with the smaller absolute value."""
        return self._minmax_mag(other, context, False)

    def _minmax_mag(self, other, context, want_max):
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            sn = self._isnan()
            on = other._isnan()
            if sn or on:
                if on == 1 and sn == 0:
                    return self._fix(context)
                if sn == 1 and on == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = self.copy_abs()._cmp(other.copy_abs())
        if c == 0:
            c = self.compare_total(other)._cmp(_ZERO)
        if want_max:
            ans = other if c == -1 else self
        else:
            ans = self if c == -1 else other
        return ans._fix(context)

    def logb(self, context=None):
        """The adjusted exponent of self as a Decimal."""
        if context is None:
            context = getcontext()
        ans = self._check_nans(None, context)
        if ans is not None:
            return ans
        if self._exp == 'F':
            return _dec(0, 0, 'F', True)
        if not self._int:
            context._raise_error(DivisionByZero)
            return _dec(1, 0, 'F', True)
        return Decimal(self.adjusted())._fix(context)

    def next_toward(self, other, context=None):
        """The number closest to self in the direction of other."""
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans is not None:
            return ans
        c = self._cmp(other)
        if c == 0:
            return self.copy_sign(other)
        work = context.copy()
        work.traps = {s: False for s in _SIGNALS}
        if c == -1:
            ans = self.next_plus(work)
        else:
            ans = self.next_minus(work)
        if ans._exp == 'F':
            context._raise_many([Overflow, Inexact, Rounded])
        elif ans.adjusted() < context.Emin:
            conditions = [Underflow, Subnormal, Inexact, Rounded]
            if not ans._int:
                conditions.append(Clamped)
            context._raise_many(conditions)
        return ans

    # --- arithmetic

    def _add(self, other, context):
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._exp == 'F':
                if other._exp == 'F' and self._sign != other._sign:
                    return self._invalid(context)
                return self
            return other
        exp = min(self._exp, other._exp)
        negativezero = 1 if context.rounding == ROUND_FLOOR else 0
        if not self._int and not other._int:
            sign = min(self._sign, other._sign)
            if negativezero:
                sign = self._sign | other._sign
            elif self._sign != other._sign:
                sign = 0
            return _dec(sign, 0, exp)._fix(context)
        if not self._int:
            exp = max(exp, other._exp - context.prec - 1)
            return other._rescale(exp, context.rounding)._fix(context)
        if not other._int:
            exp = max(exp, self._exp - context.prec - 1)
            return self._rescale(exp, context.rounding)._fix(context)
        # bring both to one exponent; an operand far below the other's
        # precision is replaced by a tiny sticky value
        a_sign, a_int, a_exp = self._sign, self._int, self._exp
        b_sign, b_int, b_exp = other._sign, other._int, other._exp
        if a_exp < b_exp:
            a_sign, a_int, a_exp, b_sign, b_int, b_exp = b_sign, b_int, b_exp, a_sign, a_int, a_exp
        # now a has the larger exponent
        a_len = _ndigits(a_int)
        b_len = _ndigits(b_int)
        limit = a_exp + min(-1, a_len - context.prec - 2)
        if b_len + b_exp - 1 < limit:
            b_int = 1
            b_exp = limit
        a_int *= 10 ** (a_exp - b_exp)
        a_exp = b_exp
        if a_sign == b_sign:
            total = a_int + b_int
            sign = a_sign
        else:
            if a_int == b_int:
                return _dec(negativezero, 0, exp)._fix(context)
            if a_int > b_int:
                total = a_int - b_int
                sign = a_sign
            else:
                total = b_int - a_int
                sign = b_sign
        return _dec(sign, total, a_exp)._fix(context)

    def _mul(self, other, context):
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._exp == 'F':
                if not other._is_special and not other._int:
                    return self._invalid(context)
                return _dec(sign, 0, 'F', True)
            if not self._int:
                return self._invalid(context)
            return _dec(sign, 0, 'F', True)
        exp = self._exp + other._exp
        if not self._int or not other._int:
            return _dec(sign, 0, exp)._fix(context)
        return _dec(sign, self._int * other._int, exp)._fix(context)

    def _truediv(self, other, context):
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._exp == 'F' and other._exp == 'F':
                return self._invalid(context)
            if self._exp == 'F':
                return _dec(sign, 0, 'F', True)
            context._raise_error(Clamped)
            return _dec(sign, 0, context.Etiny())
        if not other._int:
            if not self._int:
                context._raise_error(DivisionUndefined)
                return _NaN
            context._raise_error(DivisionByZero)
            return _dec(sign, 0, 'F', True)
        if not self._int:
            exp = self._exp - other._exp
            coeff = 0
        else:
            shift = _ndigits(other._int) - _ndigits(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            if shift >= 0:
                coeff, remainder = divmod(self._int * 10 ** shift, other._int)
            else:
                coeff, remainder = divmod(self._int, other._int * 10 ** -shift)
            if remainder:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal = self._exp - other._exp
                while exp < ideal and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        return _dec(sign, coeff, exp)._fix(context)

    def _divide(self, other, context):
        """(integer quotient, remainder) of finite self and other, other
        not zero: the parts of //, % and divmod."""
        sign = self._sign ^ other._sign
        if other._exp == 'F':
            ideal = self._exp
        else:
            ideal = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self._int or other._exp == 'F' or expdiff <= -2:
            return _dec(sign, 0, 0), self._rescale(ideal, context.rounding)
        if expdiff <= context.prec:
            a, b = self._int, other._int
            if self._exp >= other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return _dec(sign, q, 0), _dec(self._sign, r, ideal)
        context._raise_error(DivisionImpossible)
        return _NaN, _NaN

    def _floordiv(self, other, context):
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._exp == 'F':
                if other._exp == 'F':
                    return self._invalid(context)
                return _dec(self._sign ^ other._sign, 0, 'F', True)
        if not other._int and not other._is_special:
            if not self._int:
                context._raise_error(DivisionUndefined)
                return _NaN
            context._raise_error(DivisionByZero)
            return _dec(self._sign ^ other._sign, 0, 'F', True)
        return self._divide(other, context)[0]._fix(context)

    def _mod(self, other, context):
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._exp == 'F':
                return self._invalid(context)
        if not other._int and not other._is_special:
            if not self._int:
                context._raise_error(DivisionUndefined)
                return _NaN
            return self._invalid(context)
        return self._divide(other, context)[1]._fix(context)

    def _divmod(self, other, context):
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans, ans
            if self._exp == 'F':
                if other._exp == 'F':
                    ans = self._invalid(context)
                    return ans, ans
                return (_dec(self._sign ^ other._sign, 0, 'F', True),
                        self._invalid(context))
        if not other._int and not other._is_special:
            if not self._int:
                context._raise_error(DivisionUndefined)
                return _NaN, _NaN
            context._raise_many([DivisionByZero, InvalidOperation])
            return _dec(self._sign ^ other._sign, 0, 'F', True), _NaN
        q, r = self._divide(other, context)
        r = r._fix(context)
        return q._fix(context), r

    def remainder_near(self, other, context=None):
        """self - other * n, n the integer nearest to self / other (halves
        to even)."""
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans is not None:
            return ans
        if self._exp == 'F':
            return self._invalid(context)
        if not other._int and not other._is_special:
            if not self._int:
                context._raise_error(DivisionUndefined)
                return _NaN
            return self._invalid(context)
        if other._exp == 'F':
            return self._fix(context)
        ideal = min(self._exp, other._exp)
        if not self._int:
            return _dec(self._sign, 0, ideal)._fix(context)
        expdiff = self.adjusted() - other.adjusted()
        if expdiff >= context.prec + 1:
            context._raise_error(DivisionImpossible)
            return _NaN
        if expdiff <= -2:
            return self._rescale(ideal, context.rounding)._fix(context)
        a, b = self._int, other._int
        if self._exp >= other._exp:
            a *= 10 ** (self._exp - other._exp)
        else:
            b *= 10 ** (other._exp - self._exp)
        q, r = divmod(a, b)
        if 2 * r + (q & 1) > b:
            r -= b
            q += 1
        if q >= 10 ** context.prec:
            context._raise_error(DivisionImpossible)
            return _NaN
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _dec(sign, r, ideal)._fix(context)

    def _binary(self, other, name, symbol, reflected):
        operand = _conv(other)
        if operand is NotImplemented:
            if isinstance(other, _FOREIGN) or _is_fraction(other):
                if reflected:
                    raise _binop_error(symbol, other, self)
                raise _binop_error(symbol, self, other)
            return NotImplemented
        context = getcontext()
        if reflected:
            return getattr(operand, name)(self, context)
        return getattr(self, name)(operand, context)

    def __add__(self, other):
        return self._binary(other, '_add', '+', False)

    def __radd__(self, other):
        return self._binary(other, '_add', '+', True)

    def __sub__(self, other):
        return self._binary(other, '_sub', '-', False)

    def __rsub__(self, other):
        return self._binary(other, '_sub', '-', True)

    def _sub(self, other, context):
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
        return self._add(other.copy_negate(), context)

    def __mul__(self, other):
        return self._binary(other, '_mul', '*', False)

    def __rmul__(self, other):
        return self._binary(other, '_mul', '*', True)

    def __truediv__(self, other):
        return self._binary(other, '_truediv', '/', False)

    def __rtruediv__(self, other):
        return self._binary(other, '_truediv', '/', True)

    def __floordiv__(self, other):
        return self._binary(other, '_floordiv', '//', False)

    def __rfloordiv__(self, other):
        return self._binary(other, '_floordiv', '//', True)

    def __mod__(self, other):
        return self._binary(other, '_mod', '%', False)

    def __rmod__(self, other):
        return self._binary(other, '_mod', '%', True)

    def __divmod__(self, other):
        return self._binary(other, '_divmod', 'divmod()', False)

    def __rdivmod__(self, other):
        return self._binary(other, '_divmod', 'divmod()', True)

    def __pow__(self, other, modulo=None):
        if modulo is not None:
            operand = _conv(other)
            if operand is NotImplemented:
                return NotImplemented
            return self._pow(operand, getcontext(), modulo)
        return self._binary(other, '_pow', '** or pow()', False)

    def __rpow__(self, other):
        return self._binary(other, '_pow', '** or pow()', True)

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = self.copy_negate()
        return ans._fix(context)

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = self
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        other = _conv(other, True)
        third = _conv(third, True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            if self.is_snan() or other.is_snan() or self.is_nan() or other.is_nan():
                return self._check_nans(other, context)
            sign = self._sign ^ other._sign
            if self._exp == 'F' and not other._is_special and not other._int:
                return self._invalid(context)
            if other._exp == 'F' and not self._is_special and not self._int:
                return self._invalid(context)
            product = _dec(sign, 0, 'F', True)
        else:
            product = _dec(self._sign ^ other._sign, self._int * other._int,
                           self._exp + other._exp)
        return product._add(third, context)

    # --- powers

    def _pow(self, other, context, modulo=None):
        # libmpdec's algorithm (CPython's C decimal), step by step, so the
        # results (double rounding included) and flags are the same
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
        intexp = other._is_integral() or (other._is_special and False)
        sign = 1 if (intexp and self._sign and not other._is_even()) else 0
        if not self._is_special and not self._int:
            if not other._is_special and not other._int:
                return self._invalid(context)
            if other._sign:
                return _dec(sign, 0, 'F', True)
            return _dec(sign, 0, 0)
        if self._sign and (not intexp or other._exp == 'F'):
            return self._invalid(context)
        if other._exp == 'F':
            c = self._cmp(_ONE)
            if c == 0:
                context._raise_many([Inexact, Rounded])
                return _dec(sign, 10 ** (context.prec - 1), 1 - context.prec)
            if other._sign:
                c = -c
            if c < 0:
                return _dec(sign, 0, 0)
            return _dec(sign, 0, 'F', True)
        if self._exp == 'F':
            if not other._int:
                return _dec(sign, 1, 0)
            if other._sign:
                return _dec(sign, 0, 0)
            return _dec(sign, 0, 'F', True)
        if not other._int:
            return _dec(sign, 1, 0)
        # a power of one
        if self._sign == 0 and self._cmp(_ONE) == 0:
            if intexp:
                if other._sign:
                    return _dec(0, 1, 0)
                shift = other.__int__() * -self._exp
                if shift > context.prec - 1:
                    shift = context.prec - 1
                    context._raise_error(Rounded)
            else:
                shift = context.prec - 1
                context._raise_many([Inexact, Rounded])
            return _dec(sign, 10 ** shift, -shift)
        bound = self._pow_bounds(other, sign, context)
        if bound is not None:
            return bound
        if intexp:
            return self._pow_int(other, sign, context)
        return self._pow_real(other, context)

    def _pow_bounds(self, other, sign, context):
        """The result of a power certain to overflow or underflow (by
        libmpdec's test in log-log space), else None."""
        x = self.copy_abs()
        lb_theta = other.adjusted()
        lb_zeta = _lower_bound_zeta(x)
        if (x.adjusted() < 0) != (other._sign == 1):
            ub_omega = _exp_digits(context.Etiny())
            if ub_omega < lb_zeta + lb_theta:
                return _dec(sign, 1, context.Etiny() - 1)._fix(context)
        else:
            ub_omega = _exp_digits(context.Emax)
            if ub_omega < lb_zeta + lb_theta:
                return _dec(sign, 1, MAX_EMAX * 3)._fix(context)
        return None

    def _pow_int(self, other, sign, context):
        work = context.copy()
        work.prec = context.prec + _ndigits(other._int) + other._exp + 2
        work.rounding = ROUND_HALF_EVEN
        work.clamp = 0
        work.traps = {s: False for s in _SIGNALS}
        work.clear_flags()
        base = self
        if other._sign:
            work.prec += 1
            base = _ONE._truediv(self, work)
        n = abs(other.__int__())
        result = base
        bits = bin(n)[3:]
        for bit in bits:
            result = result._mul(result, work)
            if bit == '1':
                result = result._mul(base, work)
            if result._is_special or (not result._int and work.flags[Clamped]):
                break
        conditions = [s for s in _SIGNALS if work.flags[s]]
        if conditions:
            context._raise_many(conditions)
        if result._exp == 'F':
            return _dec(sign, 1, MAX_EMAX * 3)._fix(context)
        result = _dec(sign, result._int, result._exp, result._is_special)
        return result._fix(context)

    def _pow_real(self, other, context):
        # ln, a product and exp, each correctly rounded to a wider
        # precision, then rounded to the context: libmpdec's steps
        work = Context(prec=max(_ndigits(self._int), context.prec) + 4 + 19,
                       rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX,
                       traps=[], flags=[])
        result = self._ln_body(work)._mul(other, work)._exp_body(work)
        errors = [s for s in (InvalidOperation, DivisionByZero) if work.flags[s]]
        context._raise_many(errors + [Inexact, Rounded])
        if not result._is_special and result._cmp(_ONE) == 0:
            shift = context.prec - 1
            result = _dec(0, 10 ** shift, -shift)
        if result._exp == 'F':
            return _dec(0, 1, MAX_EMAX * 3)._fix(context)
        return result._fix(context)

    def _is_integral(self):
        if self._is_special:
            return False
        if self._exp >= 0:
            return True
        return self._int % 10 ** -self._exp == 0

    def _is_even(self):
        if not self._int or self._exp > 0:
            return True
        return (self._int // 10 ** -self._exp) % 2 == 0

    def _power_modulo(self, other, modulo, context):
        modulo = _conv(modulo, True)
        ans = self._check_nans(other, context)
        if ans is None:
            ans = modulo._check_nans(None, context)
        if ans is not None:
            return ans
        if not (self._is_integral() and other._is_integral() and modulo._is_integral()):
            context._raise_error(InvalidOperation)
            return _NaN
        if other._sign:
            context._raise_error(InvalidOperation)
            return _NaN
        if not modulo._int:
            context._raise_error(InvalidOperation)
            return _NaN
        if _ndigits(modulo.__int__()) > context.prec:
            context._raise_error(InvalidOperation)
            return _NaN
        if not other._int and not self._int:
            context._raise_error(InvalidOperation)
            return _NaN
        sign = self._sign if other._is_even() is False else 0
        if other._is_even():
            sign = 0
        base = abs(self.__int__())
        result = pow(base, other.__int__(), abs(modulo.__int__()))
        return _dec(sign, result, 0)

    # --- square root, exp, ln, log10

    def sqrt(self, context=None):
        """The square root, correctly rounded (ROUND_HALF_EVEN)."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
            if self._sign == 0:
                return self
            return self._invalid(context)
        if not self._int:
            return _dec(self._sign, 0, self._exp // 2)._fix(context)
        if self._sign:
            return self._invalid(context)
        prec = context.prec + 1
        c = self._int
        e = self._exp >> 1
        ndig = _ndigits(c)
        if self._exp & 1:
            c *= 10
            digits = (ndig >> 1) + 1
        else:
            digits = (ndig + 1) >> 1
        shift = prec - digits
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = _isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        elif n % 5 == 0:
            n += 1
        saved = context._rounding
        context._rounding = ROUND_HALF_EVEN
        try:
            return _dec(0, n, e)._fix(context)
        finally:
            context._rounding = saved

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        if context is None:
            context = getcontext()
        # correctly rounded with ROUND_HALF_EVEN, whatever the context's
        # rounding (as CPython's)
        saved = context._rounding
        context._rounding = ROUND_HALF_EVEN
        try:
            return self._exp_body(context)
        finally:
            context._rounding = saved

    def _exp_body(self, context):
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
            if self._sign:
                return _dec(0, 0, 0)
            return self
        if not self._int:
            return _dec(0, 1, 0)
        adj = self.adjusted()
        # far out of range: overflow or underflow without computing
        if adj > 8:
            estimate = float('inf')
        else:
            estimate = self.__float__() * 0.4342944819032518
        if self._sign:
            estimate = -abs(estimate)
        if estimate > context.Emax + 2:
            return _dec(0, 1, context.Emax + 1)._fix(context)
        if estimate < context.Etiny() - 3:
            return _dec(0, 1, context.Etiny() - 2)._fix(context)
        if adj < -(context.prec + 2):
            # 1 + x, with x far below the last digit
            if self._sign == 0:
                return _dec(0, 10 ** (context.prec + 1) + 1, -(context.prec + 1))._fix(context)
            return _dec(0, 10 ** (context.prec + 2) - 1, -(context.prec + 2))._fix(context)
        return _exp_decimal(self, context)

    def ln(self, context=None):
        """The natural logarithm, correctly rounded."""
        if context is None:
            context = getcontext()
        # correctly rounded with ROUND_HALF_EVEN, whatever the context's
        # rounding (as CPython's)
        saved = context._rounding
        context._rounding = ROUND_HALF_EVEN
        try:
            return self._ln_body(context)
        finally:
            context._rounding = saved

    def _ln_body(self, context):
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
            if self._sign:
                return self._invalid(context)
            return self
        if not self._int:
            return _dec(1, 0, 'F', True)
        if self._sign:
            return self._invalid(context)
        if self._int == 1 and self._exp == 0:
            return _dec(0, 0, 0)
        return _ln_decimal(self, context)

    def log10(self, context=None):
        """The base 10 logarithm, correctly rounded (exact for powers of
        ten)."""
        if context is None:
            context = getcontext()
        # correctly rounded with ROUND_HALF_EVEN, whatever the context's
        # rounding (as CPython's)
        saved = context._rounding
        context._rounding = ROUND_HALF_EVEN
        try:
            return self._log10_body(context)
        finally:
            context._rounding = saved

    def _log10_body(self, context):
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
            if self._sign:
                return self._invalid(context)
            return self
        if not self._int:
            return _dec(1, 0, 'F', True)
        if self._sign:
            return self._invalid(context)
        digits = str(self._int)
        if digits[0] == '1' and digits[1:] == '0' * (len(digits) - 1):
            return Decimal(self._exp + len(digits) - 1)._fix(context)
        return _log10_decimal(self, context)

    # --- rounding and quantizing

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp (Decimal('0.01') for cents)."""
        exp = _conv(exp, True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans is not None:
                return ans
            if exp._exp == 'F' and self._exp == 'F':
                return self
            return self._invalid(context)
        if not (context.Etiny() <= exp._exp <= context.Emax):
            return self._invalid(context)
        if not self._int:
            return _dec(self._sign, 0, exp._exp)._fix(context)
        self_adjusted = self.adjusted()
        if self_adjusted > context.Emax:
            return self._invalid(context)
        if self_adjusted - exp._exp + 1 > context.prec:
            return self._invalid(context)
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax:
            return self._invalid(context)
        if _ndigits(ans._int) > context.prec:
            return self._invalid(context)
        if ans._int and ans.adjusted() < context.Emin:
            context._raise_error(Subnormal)
        if ans._exp > self._exp:
            if ans._cmp(self) != 0 or ans._int * 10 ** (ans._exp - self._exp) != self._int:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
        return ans._fix(context)

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer (no Inexact or Rounded flags)."""
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
            return self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """self rounded to an integer, with Inexact and Rounded flags."""
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
            return self
        if self._exp >= 0:
            return self
        if not self._int:
            return _dec(self._sign, 0, 0)
        ans = self._rescale(0, rounding)
        if ans._int * 10 ** (-self._exp) != self._int:
            context._raise_error(Inexact)
        context._raise_error(Rounded)
        return ans

    def normalize(self, context=None):
        """self rounded to the context and with its trailing zeros removed."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
        dup = self._fix(context)
        if dup._is_special:
            return dup
        if not dup._int:
            return _dec(dup._sign, 0, 0)
        exp_max = context.Emax if context.clamp == 0 else context.Etop()
        coeff, exp = dup._int, dup._exp
        while coeff % 10 == 0 and exp < exp_max:
            coeff //= 10
            exp += 1
        return _dec(dup._sign, coeff, exp)

    def scaleb(self, other, context=None):
        """self with other (an integer) added to its exponent."""
        other = _conv(other, True)
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans is not None:
            return ans
        if other._exp != 0:
            return self._invalid(context)
        liminf = -2 * (context.Emax + context.prec)
        limsup = 2 * (context.Emax + context.prec)
        n = other.__int__()
        if not (liminf <= n <= limsup):
            return self._invalid(context)
        if self._is_special:
            return self
        return _dec(self._sign, self._int, self._exp + n)._fix(context)

    def next_plus(self, context=None):
        """The smallest number larger than self in the context."""
        return self._next(context, ROUND_CEILING, 0)

    def next_minus(self, context=None):
        """The largest number smaller than self in the context."""
        return self._next(context, ROUND_FLOOR, 1)

    def _next(self, context, rounding, direction):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
            if self._isinfinity() == (1 if direction else -1):
                return _dec(self._sign, 10 ** context.prec - 1, context.Etop())
            if self._exp == 'F':
                return self
        work = context.copy()
        work.rounding = rounding
        work.traps = {s: False for s in _SIGNALS}
        ans = self._fix(work)
        if ans._cmp(self) == 0:
            tiny = _dec(direction, 1, context.Etiny() - 1)
            ans = self._add(tiny, work)
        return ans

    # --- formatting

    def __format__(self, specifier, context=None):
        if context is None:
            context = getcontext()
        spec = _parse_format_specifier(specifier)
        if self._is_special:
            sign = _format_sign(self._sign, spec)
            body = str(self.copy_abs())
            if spec['type'] == '%':
                body += '%'
            if spec['zeropad']:
                spec['fill'] = ' '
                spec['align'] = '>'
            return _format_align(sign, body, spec)
        if spec['type'] is None:
            spec['type'] = ['g', 'G'][context.capitals]
        value = self
        if spec['type'] == '%':
            value = _dec(value._sign, value._int, value._exp + 2)
        rounding = context.rounding
        precision = spec['precision']
        if precision is not None:
            if spec['type'] in 'eE':
                value = value._round(precision + 1, rounding)
            elif spec['type'] in 'fF%':
                value = value._rescale(-precision, rounding)
            elif spec['type'] in 'gG' and _ndigits(value._int) > precision:
                value = value._round(precision, rounding)
        if not value._int and value._exp > 0 and spec['type'] in 'fF%':
            value = value._rescale(0, rounding)
        # 'z': CPython's C decimal drops the sign of a zero after rounding
        # for 'f' and '%', but for 'F' only of a zero before rounding
        zero = not (self._int if spec['type'] == 'F' else value._int)
        if zero and spec['no_neg_0'] and value._sign:
            sign = 0
        else:
            sign = value._sign
        digits = str(value._int)
        leftdigits = value._exp + len(digits)
        if spec['type'] in 'eE':
            if not value._int and precision is not None:
                dotplace = 1 - precision
            else:
                dotplace = 1
        elif spec['type'] in 'fF%':
            dotplace = leftdigits
        else:
            if value._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * (-dotplace) + digits
        elif dotplace > len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace] or '0'
            fracpart = digits[dotplace:]
        return _format_number(sign, intpart, fracpart, leftdigits - dotplace, spec)


_BLANK = object()
_NaN = None
_NaN = Decimal('NaN')
_ONE = Decimal(1)
_ZERO = Decimal(0)


def _is_fraction(x):
    # fractions.Fraction (or a subclass), recognized without importing
    # fractions (which the sandbox may not grant)
    for t in type(x).__mro__:
        if t.__name__ == 'Fraction' and hasattr(t, 'limit_denominator'):
            return True
    return False


def _float_sign(f):
    # the sign bit of f, also for -0.0 and NaNs
    return str(f).startswith('-')


# --- transcendental functions on scaled integers -------------------------
# Values are carried as ints scaled by a power of ten; every approximation
# has a relative error far below 10**-P for the precision P asked, and
# _correctly_rounded asks for more digits until the rounding is certain.

def _scaled(d, p):
    """The finite Decimal d as an int scaled by 10**p (truncated)."""
    n = d._int
    e = d._exp + p
    if e >= 0:
        v = n * 10 ** e
    else:
        v = n // 10 ** -e
    return -v if d._sign else v


def _exp_scaled(t, pt, P):
    """e ** (t / 10**pt) as (sign, coefficient, exponent), relative error
    below 10**-(P + 3)."""
    neg = t < 0
    at = -t if neg else t
    one_t = 10 ** pt
    k = 0
    while at * 8 > one_t * 2 ** k:
        k += 1
    q = P + 8 + k // 3 + 2
    if q >= pt:
        r = at * 10 ** (q - pt)
    else:
        r = at // 10 ** (pt - q)
    r //= 2 ** k
    one = 10 ** q
    total = one
    term = one
    i = 1
    while term:
        term = term * r // (one * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one
    if not neg:
        return 0, total, -q
    size = _ndigits(total) + P + 8
    return 0, 10 ** size // total, q - size


def _ln_scaled(d, p):
    """ln(d) of a positive finite Decimal d, scaled by 10**p, absolute
    error below 10**-(p + 2)."""
    c = d._int
    ndig = _ndigits(c)
    e = d._exp + ndig                  # d = (c / 10**ndig) * 10**e
    work = p + len(str(abs(e))) + 10
    one = 10 ** work
    if ndig <= work:
        m = c * 10 ** (work - ndig)
    else:
        m = c // 10 ** (ndig - work)
    # m / one is in [0.1, 1): take square roots until it is near 1
    k = 0
    while abs(m - one) * 16 > one:
        m = _isqrt(m * one)
        k += 1
    # ln m = 2 atanh((m - 1) / (m + 1))
    negative = m < one
    y = abs(m - one) * one // (m + one)
    y2 = y * y // one
    total = 0
    term = y
    i = 1
    while term:
        total += term // i
        term = term * y2 // one
        i += 2
    if negative:
        total = -total
    result = 2 * total * 2 ** k + e * _ln10(work)
    return result // 10 ** (work - p)


_LN10_CACHE = {}


def _ln10(p):
    """ln 10 scaled by 10**p."""
    for q, v in _LN10_CACHE.items():
        if q >= p:
            return v // 10 ** (q - p)
    work = p + 10
    one = 10 ** work

    def atanh_inv(n):
        # atanh(1/n), scaled
        total = 0
        term = one // n
        n2 = n * n
        i = 1
        while term:
            total += term // i
            term //= n2
            i += 2
        return total
    # ln 2 by Machin-like formula, ln(5/4) = 2 atanh(1/9)
    ln2 = 18 * atanh_inv(26) - 2 * atanh_inv(4801) + 8 * atanh_inv(8749)
    value = 3 * ln2 + 2 * atanh_inv(9)
    _LN10_CACHE.clear()
    _LN10_CACHE[work] = value
    return value // 10 ** (work - p)


def _relative(compute, P):
    """(sign, coefficient, exponent) of an absolute-scale computation
    compute(p) (scaled by 10**p), with at least P + 3 significant digits."""
    p = P + 3
    while True:
        v = compute(p)
        n = _ndigits(abs(v))
        if v and n >= P + 3:
            return (1 if v < 0 else 0), abs(v), -p
        p += P + 3 - n if v else P + 3


def _correctly_rounded(approx, context):
    """approx(P) gives (sign, coefficient, exponent) with a relative error
    below 10**-(P + 2): the correctly rounded result in context."""
    extra = 6
    while True:
        P = context.prec + extra
        sign, coeff, exp = approx(P)
        err = 10 ** max(0, _ndigits(coeff) - P - 1)
        work = context.copy()
        work.traps = {s: False for s in _SIGNALS}
        lo = _dec(sign, coeff - err, exp)._fix(work)
        hi = _dec(sign, coeff + err, exp)._fix(work)
        if (lo._is_special and hi._is_special) or (
                not lo._is_special and not hi._is_special and
                lo._int == hi._int and lo._exp == hi._exp):
            # not exact: a sticky digit makes sure of Inexact
            return _dec(sign, coeff * 10 + 1, exp - 1)._fix(context)
        extra *= 2
        if extra > 2000:
            return _dec(sign, coeff * 10 + 1, exp - 1)._fix(context)


def _exp_decimal(x, context):
    def approx(P):
        return _exp_scaled(_scaled(x, P + 4 + max(0, x.adjusted() + 1)),
                           P + 4 + max(0, x.adjusted() + 1), P)
    return _correctly_rounded(approx, context)


def _ln_decimal(x, context):
    return _correctly_rounded(lambda P: _relative(lambda p: _ln_scaled(x, p), P), context)


def _log10_decimal(x, context):
    def compute(p):
        return _ln_scaled(x, p + 5) * 10 ** (p + 5) // _ln10(p + 5) // 10 ** 5
    return _correctly_rounded(lambda P: _relative(compute, P), context)


def _exp_digits(n):
    return len(str(abs(n)))


def _lower_bound_zeta(x):
    """A lower bound of the adjusted exponent of abs(log10(x)), x > 0 and
    not 1 (libmpdec's)."""
    t = x.adjusted()
    if t > 0:
        return _exp_digits(t) - 1
    if t < -1:
        return _exp_digits(t + 1) - 1
    u = x._sub(_ONE, Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])).adjusted()
    return u - 2 if t == 0 else u - 1


# --- format specifications -----------------------------------------------

def _parse_format_specifier(spec):
    """The parts of a format specification, with CPython's decimal
    defaults; ValueError('invalid format string') if it is not one."""
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = None
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    if i < n and spec[i] == '#':
        raise ValueError('invalid format string')
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        i += 1
    j = i
    while j < n and spec[j].isdigit() and spec[j].isascii():
        j += 1
    if j > i and spec[i] == '0':
        raise ValueError('invalid format string')
    width = int(spec[i:j]) if j > i else 0
    i = j
    thousands = ''
    if i < n and spec[i] == ',':
        thousands = ','
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit() and spec[j].isascii():
            j += 1
        if j == i + 1:
            raise ValueError('invalid format string')
        precision = int(spec[i + 1:j])
        i = j
    ftype = None
    if i < n:
        ftype = spec[i]
        i += 1
        if ftype not in 'eEfFgGn%':
            raise ValueError('invalid format string')
    if i != n:
        raise ValueError('invalid format string')
    if zeropad:
        if fill is not None or align is not None:
            raise ValueError('invalid format string')
        fill = '0'
        align = '='
    if ftype == 'n' and thousands:
        raise ValueError('invalid format string')
    if precision == 0 and (ftype is None or ftype in 'gGn'):
        precision = 1
    if ftype == 'n':
        ftype = 'g'
    return {'fill': fill or ' ', 'align': align or '>', 'sign': sign or '-',
            'no_neg_0': no_neg_0, 'zeropad': zeropad, 'minimumwidth': width,
            'thousands_sep': thousands, 'precision': precision, 'type': ftype}


def _format_sign(is_negative, spec):
    if is_negative:
        return '-'
    if spec['sign'] in ' +':
        return spec['sign']
    return ''


def _format_align(sign, body, spec):
    width = spec['minimumwidth']
    fill = spec['fill']
    padding = fill * (width - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        return sign + body + padding
    if align == '>':
        return padding + sign + body
    if align == '=':
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]


def _insert_thousands_sep(digits, spec, min_width=1):
    sep = spec['thousands_sep']
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (size - len(digits)) + digits[-size:])
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format_number(is_negative, intpart, fracpart, exp, spec):
    sign = _format_sign(is_negative, spec)
    if fracpart:
        fracpart = '.' + fracpart
    if exp != 0 or spec['type'] in 'eE':
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[spec['type']]
        fracpart += '%s%+d' % (echar, exp)
    if spec['type'] == '%':
        fracpart += '%'
    if spec['zeropad']:
        min_width = spec['minimumwidth'] - len(fracpart) - len(sign)
    else:
        min_width = 0
    intpart = _insert_thousands_sep(intpart, spec, min_width)
    return _format_align(sign, intpart + fracpart, spec)
