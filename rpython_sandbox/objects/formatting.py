"""Text formatting: format(value, spec) (f-strings' FORMAT_VALUE) and
printf-style `str % values`, following CPython's format mini-language for
the builtin types."""

from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import UnicodeBuilder

from rpython_sandbox.error import oefmt
from rpython_sandbox.objects.intobject import W_IntObject, W_BoolObject
from rpython_sandbox.objects.longobject import W_LongObject, to_rbigint
from rpython_sandbox.objects.floatobject import W_FloatObject, float_repr
from rpython_sandbox.objects.strobject import W_StrObject, escape_char
from rpython_sandbox.objects.tupleobject import W_TupleObject

CONV_NONE = 0
CONV_STR = 1
CONV_REPR = 2
CONV_ASCII = 3


def _isdigit(ch):
    return u"0" <= ch <= u"9"


def ascii_upper(text):
    """Upper-case ASCII letters (digits of numbers only contain those)."""
    b = UnicodeBuilder(len(text))
    for ch in text:
        if u"a" <= ch <= u"z":
            b.append(unichr(ord(ch) - 32))
        else:
            b.append(ch)
    return b.build()


def ascii_lower(text):
    b = UnicodeBuilder(len(text))
    for ch in text:
        if u"A" <= ch <= u"Z":
            b.append(unichr(ord(ch) + 32))
        else:
            b.append(ch)
    return b.build()


def ascii_of(text):
    b = UnicodeBuilder(len(text))
    for ch in text:
        c = ord(ch)
        if c < 128:
            b.append(ch)
        else:
            b.append(unicode(escape_char(c)))
    return b.build()


def format_value(space, w_value, conv, w_spec):
    """FORMAT_VALUE: convert, then format with the spec (or none)."""
    if conv == CONV_STR:
        w_value = space.newtext(space.str_u(w_value))
    elif conv == CONV_REPR:
        w_value = space.newtext(space.repr_u(w_value))
    elif conv == CONV_ASCII:
        w_value = space.newtext(ascii_of(space.repr_u(w_value)))
    spec = u""
    if w_spec is not None:
        assert isinstance(w_spec, W_StrObject)
        spec = w_spec.value
    return space.newtext(format_with_spec(space, w_value, spec))


class Spec(object):
    """A parsed format spec: [[fill]align][sign][#][0][width][,|_][.precision][type]"""

    def __init__(self):
        self.fill = u" "
        self.align = u"\0"
        self.sign = u"-"
        self.alternate = False
        self.width = -1
        self.thousands = u""
        self.precision = -1
        self.type = u"\0"


def parse_spec(space, spec):
    s = Spec()
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in u"<>=^":
        s.fill = spec[0]
        s.align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in u"<>=^":
        s.align = spec[0]
        i = 1
    if i < n and spec[i] in u"+- ":
        s.sign = spec[i]
        i += 1
    if i < n and spec[i] == u"#":
        s.alternate = True
        i += 1
    if i < n and spec[i] == u"0":
        if s.align == u"\0":
            s.fill = u"0"
            s.align = u"="
        i += 1
        if i < n and not _isdigit(spec[i]):
            s.width = 0
    start = i
    while i < n and _isdigit(spec[i]):
        i += 1
    if i > start:
        s.width = _to_int(spec[start:i])
        if spec[start] == u"0" and start > 0 and s.width >= 0:
            pass
    elif start > 0 and spec[start - 1] == u"0":
        s.width = 0
    if i < n and (spec[i] == u"," or spec[i] == u"_"):
        s.thousands = spec[i]
        i += 1
    if i < n and spec[i] == u".":
        i += 1
        start = i
        while i < n and _isdigit(spec[i]):
            i += 1
        if i == start:
            raise oefmt(space, space.w_ValueError, "Format specifier missing precision")
        s.precision = _to_int(spec[start:i])
    if i < n:
        s.type = spec[i]
        i += 1
    if i != n:
        raise oefmt(space, space.w_ValueError, "Invalid format specifier")
    if s.width > 100000 or s.precision > 100000:
        raise oefmt(space, space.w_ValueError, "Too many decimal digits in format string")
    return s


def _to_int(digits):
    result = 0
    for ch in digits:
        result = result * 10 + (ord(ch) - 48)
        if result > 10000000:
            return 10000000
    return result


def format_with_spec(space, w_value, spec):
    from rpython_sandbox.objects.classobject import W_InstanceObject, format_instance
    if isinstance(w_value, W_InstanceObject):
        return format_instance(space, w_value, spec)     # __format__ of a user class
    if len(spec) == 0:
        return space.str_u(w_value)
    s = parse_spec(space, spec)
    if isinstance(w_value, W_FloatObject):
        return format_float(space, w_value.floatval, s)
    if isinstance(w_value, W_IntObject) or isinstance(w_value, W_LongObject):
        if s.type in u"eEfFgG%":
            return format_float(space, space.float_w(w_value), s)
        # a bool with a spec formats as its int (bool.__format__ is int's)
        return format_int(space, to_rbigint(w_value), s)
    if isinstance(w_value, W_StrObject):
        if s.type != u"\0" and s.type != u"s":
            raise oefmt(space, space.w_ValueError,
                        "Unknown format code '%s' for object of type 'str'", _utf8(s.type))
        if s.sign != u"-" or s.align == u"=":
            raise oefmt(space, space.w_ValueError, "Sign not allowed in string format specifier")
        text = w_value.value
        prec = s.precision
        if prec >= 0 and len(text) > prec:
            text = text[:prec]
        return pad(s, text, u"<")
    raise oefmt(space, space.w_TypeError,
                "unsupported format string passed to %s.__format__", w_value.typename)


def _utf8(u):
    from rpython_sandbox.wire import encode_utf8
    return encode_utf8(u)


def pad(s, body, default_align, sign=u""):
    """Apply width, fill and alignment; `sign` goes before '='-padding."""
    total = len(body) + len(sign)
    if s.width <= total:
        return sign + body
    n = s.width - total
    align = s.align
    if align == u"\0":
        align = default_align
    if align == u"<":
        return sign + body + s.fill * n
    if align == u">":
        return s.fill * n + sign + body
    if align == u"=":
        return sign + s.fill * n + body
    left = n // 2
    return s.fill * left + sign + body + s.fill * (n - left)


def group_digits(digits, sep, every):
    if sep == u"":
        return digits
    parts = []
    end = len(digits)
    while end > every:
        start = end - every
        assert start >= 0
        parts.append(digits[start:end])
        end -= every
    assert end >= 0
    parts.append(digits[0:end])
    parts.reverse()
    return sep.join(parts)


def _sign_of(s, negative):
    if negative:
        return u"-"
    if s.sign == u"+":
        return u"+"
    if s.sign == u" ":
        return u" "
    return u""


def format_int(space, num, s):
    t = s.type
    if s.precision >= 0:
        raise oefmt(space, space.w_ValueError, "Precision not allowed in integer format specifier")
    negative = num.sign < 0
    mag = num.abs()
    prefix = u""
    if t == u"\0" or t == u"d" or t == u"n":
        digits = unicode(mag.str())
        digits = group_digits(digits, s.thousands, 3)
    elif t == u"x" or t == u"X" or t == u"o" or t == u"b":
        if t == u"b":
            digits = unicode(mag.format("01"))
            prefix = u"0b"
        elif t == u"o":
            digits = unicode(mag.format("01234567"))
            prefix = u"0o"
        else:
            digits = unicode(mag.format("0123456789abcdef"))
            prefix = u"0x"
        if s.thousands != u"":
            digits = group_digits(digits, s.thousands, 4)
        if t == u"X":
            digits = ascii_upper(digits)
            prefix = u"0X"
        if not s.alternate:
            prefix = u""
    elif t == u"c":
        return pad(s, unichr(num.toint()), u"<")
    else:
        raise oefmt(space, space.w_ValueError,
                    "Unknown format code '%s' for object of type 'int'", _utf8(t))
    sign = _sign_of(s, negative) + prefix
    if s.align == u"=" and s.fill == u"0" and s.thousands != u"" and t in u"\0dn":
        # zero padding takes part in the grouping, as in CPython
        width = s.width - len(sign)
        raw = unicode(mag.str())
        while len(group_digits(raw, s.thousands, 3)) < width:
            raw = u"0" + raw
        return sign + group_digits(raw, s.thousands, 3)
    return pad(s, digits, u">", sign)


def format_float(space, x, s):
    t = s.type
    prec = s.precision
    negative = x < 0.0 or (x == 0.0 and rfloat.copysign(1.0, x) < 0.0)
    if negative:
        x = -x
    percent = False
    if t == u"%":
        percent = True
        x = x * 100.0
        t = u"f"
    if rfloat.isnan(x) or rfloat.isinf(x):
        body = u"nan" if rfloat.isnan(x) else u"inf"
        if t in u"EFG":
            body = ascii_upper(body)
        if percent:
            body = body + u"%"
        return pad(s, body, u">", _sign_of(s, negative))
    flags = 0
    if s.alternate:
        flags |= rfloat.DTSF_ALT
    if t == u"\0":
        if prec < 0:
            body = unicode(float_repr(x))
        else:
            body = unicode(rfloat.formatd(x, "g", max(prec, 1), flags | rfloat.DTSF_ADD_DOT_0))
    elif t in u"fFeEgGn":
        if prec < 0:
            prec = 6
        code = ascii_lower(t)
        if code == u"n":
            code = u"g"
        body = unicode(rfloat.formatd(x, chr(ord(code[0])), prec, flags))
        if t == u"E" or t == u"G" or t == u"F":
            body = ascii_upper(body)
    else:
        raise oefmt(space, space.w_ValueError,
                    "Unknown format code '%s' for object of type 'float'", _utf8(t))
    if percent:
        body = body + u"%"
    if s.thousands != u"":
        dot = 0
        while dot < len(body) and _isdigit(body[dot]):
            dot += 1
        body = group_digits(body[:dot], s.thousands, 3) + body[dot:]
    return pad(s, body, u">", _sign_of(s, negative))


# --- printf-style formatting: '%d items' % n ---------------------------------

def format_percent(space, w_fmt, w_values):
    fmt = w_fmt.value
    from rpython_sandbox.objects.dictobject import W_DictObject
    w_mapping = None
    if isinstance(w_values, W_TupleObject):
        values_w = w_values.items_w
    else:
        values_w = [w_values]
        if isinstance(w_values, W_DictObject):
            w_mapping = w_values
    b = UnicodeBuilder(len(fmt) + 16)
    i = 0
    n = len(fmt)
    vi = 0
    while i < n:
        ch = fmt[i]
        if ch != u"%":
            b.append(ch)
            i += 1
            continue
        i += 1
        if i >= n:
            raise oefmt(space, space.w_ValueError, "incomplete format")
        w_keyed = None
        if fmt[i] == u"(":
            # %(name)s: the value comes from the mapping
            if w_mapping is None:
                raise oefmt(space, space.w_TypeError, "format requires a mapping")
            depth = 1
            start = i + 1
            i += 1
            while i < n and depth > 0:
                if fmt[i] == u"(":
                    depth += 1
                elif fmt[i] == u")":
                    depth -= 1
                i += 1
            if depth > 0:
                raise oefmt(space, space.w_ValueError, "incomplete format key")
            stop = i - 1
            assert start >= 0 and stop >= start
            w_keyed = w_mapping.getitem(space, space.newtext(fmt[start:stop]))
        # flags, width, precision
        s = Spec()
        s.align = u">"
        while i < n and fmt[i] in u"-+ #0":
            f = fmt[i]
            if f == u"-":
                s.align = u"<"
            elif f == u"+" or f == u" ":
                if s.sign != u"+":
                    s.sign = f
            elif f == u"#":
                s.alternate = True
            elif f == u"0":
                s.fill = u"0"
            i += 1
        if s.align == u"<":
            s.fill = u" "
        elif s.fill == u"0":
            s.align = u"="
        start = i
        if i < n and fmt[i] == u"*":
            if vi >= len(values_w):
                raise oefmt(space, space.w_TypeError, "not enough arguments for format string")
            s.width = space.index_w(values_w[vi])
            vi += 1
            i += 1
        else:
            while i < n and _isdigit(fmt[i]):
                i += 1
            if i > start:
                s.width = _to_int(fmt[start:i])
        if i < n and fmt[i] == u".":
            i += 1
            if i < n and fmt[i] == u"*":
                if vi >= len(values_w):
                    raise oefmt(space, space.w_TypeError, "not enough arguments for format string")
                s.precision = max(0, space.index_w(values_w[vi]))
                vi += 1
                i += 1
            else:
                start = i
                while i < n and _isdigit(fmt[i]):
                    i += 1
                s.precision = _to_int(fmt[start:i])
        if i >= n:
            raise oefmt(space, space.w_ValueError, "incomplete format")
        t = fmt[i]
        i += 1
        if t == u"%":
            b.append(u"%")
            continue
        if w_keyed is not None:
            w_v = w_keyed
        else:
            if vi >= len(values_w):
                raise oefmt(space, space.w_TypeError, "not enough arguments for format string")
            w_v = values_w[vi]
            vi += 1
        if t == u"s" or t == u"r" or t == u"a":
            if t == u"s":
                text = space.str_u(w_v)
            elif t == u"r":
                text = space.repr_u(w_v)
            else:
                text = ascii_of(space.repr_u(w_v))
            prec = s.precision
            if prec >= 0 and len(text) > prec:
                text = text[:prec]
            s.fill = u" "
            if s.align == u"=":
                s.align = u">"
            b.append(pad(s, text, u">"))
        elif t in u"diu":
            if isinstance(w_v, W_FloatObject):
                from rpython_sandbox.builtins.constructors import int_from_float
                w_v = int_from_float(space, w_v.floatval)
            if not space.is_index(w_v):
                raise oefmt(space, space.w_TypeError,
                            "%%%s format: a real number is required, not %s", _utf8(t), w_v.typename)
            s.type = u"d"
            b.append(_percent_int(space, w_v, s))
        elif t in u"xXo":
            if not space.is_index(w_v):
                raise oefmt(space, space.w_TypeError,
                            "%%%s format: an integer is required, not %s", _utf8(t), w_v.typename)
            s.type = t
            b.append(_percent_int(space, w_v, s))
        elif t in u"eEfFgG":
            s.type = t
            b.append(format_float(space, space.float_w(w_v), s))
        elif t == u"c":
            if isinstance(w_v, W_StrObject) and len(w_v.value) == 1:
                b.append(pad(s, w_v.value, u">"))
            else:
                c = space.index_w(w_v)
                if c < 0 or c > 0x10ffff:
                    raise oefmt(space, space.w_OverflowError, "%%c arg not in range(0x110000)")
                b.append(pad(s, unichr(c), u">"))
        else:
            raise oefmt(space, space.w_ValueError,
                        "unsupported format character '%s' (0x%x) at index %d",
                        _utf8(t), ord(t), i - 1)
    if vi < len(values_w) and w_mapping is None:
        raise oefmt(space, space.w_TypeError,
                    "not all arguments converted during string formatting")
    return space.newtext(b.build())


def _percent_int(space, w_v, s):
    precision = s.precision
    s.precision = -1
    num = to_rbigint(w_v)
    if precision > 0:
        negative = num.sign < 0
        digits = unicode(num.abs().str()) if s.type == u"d" else u""
        if s.type == u"d":
            while len(digits) < precision:
                digits = u"0" + digits
            return pad(s, digits, u">", _sign_of(s, negative))
    return format_int(space, num, s)
