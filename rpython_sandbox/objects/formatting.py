"""Text formatting: format(value, spec) (f-strings' FORMAT_VALUE) and
printf-style `str % values`, following CPython's format mini-language for
the builtin types."""

from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import UnicodeBuilder, StringBuilder

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
    """A parsed format spec:
    [[fill]align][sign][z][#][0][width][,|_][.precision][type]"""

    def __init__(self):
        self.fill = u" "
        self.align = u"\0"
        self.sign = u"-"
        self.no_neg_0 = False
        self.alternate = False
        self.width = -1
        self.thousands = u""
        self.precision = -1
        self.type = u"\0"


def parse_spec(space, spec, default_type=u"\0", default_align=u">", typename="object"):
    """CPython's parse_internal_render_format_spec, errors included."""
    s = Spec()
    s.type = default_type
    i = 0
    n = len(spec)
    fill_given = False
    align_given = False
    if n >= 2 and spec[1] in u"<>=^":
        s.fill = spec[0]
        s.align = spec[1]
        fill_given = True
        align_given = True
        i = 2
    elif n >= 1 and spec[0] in u"<>=^":
        s.align = spec[0]
        align_given = True
        i = 1
    if i < n and spec[i] in u"+- ":
        s.sign = spec[i]
        i += 1
    if i < n and spec[i] == u"z":
        s.no_neg_0 = True
        i += 1
    if i < n and spec[i] == u"#":
        s.alternate = True
        i += 1
    if not fill_given and i < n and spec[i] == u"0":
        s.fill = u"0"
        if not align_given and default_align == u">":
            s.align = u"="
        i += 1
        if i < n and not _isdigit(spec[i]):
            s.width = 0
    start = i
    while i < n and _isdigit(spec[i]):
        i += 1
    if i > start:
        s.width = _to_int(spec[start:i])
    elif start > 0 and spec[start - 1] == u"0" and not fill_given:
        s.width = 0
    if i < n and spec[i] == u",":
        s.thousands = u","
        i += 1
    if i < n and spec[i] == u"_":
        if s.thousands != u"":
            raise oefmt(space, space.w_ValueError, "Cannot specify both ',' and '_'.")
        s.thousands = u"_"
        i += 1
    if i < n and spec[i] == u"," and s.thousands == u"_":
        raise oefmt(space, space.w_ValueError, "Cannot specify both ',' and '_'.")
    if i < n and spec[i] == u".":
        i += 1
        start = i
        while i < n and _isdigit(spec[i]):
            i += 1
        if i == start:
            raise oefmt(space, space.w_ValueError, "Format specifier missing precision")
        s.precision = _to_int(spec[start:i])
    if n - i > 1:
        raise oefmt(space, space.w_ValueError,
                    "Invalid format specifier '%s' for object of type '%s'", _utf8(spec), typename)
    if i < n:
        s.type = spec[i]
        i += 1
    if s.thousands != u"":
        t = s.type
        if t in u"defgEG%F\0":
            pass
        elif t in u"boxX" and s.thousands == u"_":
            pass
        else:
            raise oefmt(space, space.w_ValueError, "Cannot specify '%s' with '%s'.",
                        _utf8(s.thousands), _utf8(t))
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
    if isinstance(w_value, W_FloatObject):
        s = parse_spec(space, spec, u"\0", u">", "float")
        return format_float(space, w_value.floatval, s)
    if isinstance(w_value, W_IntObject) or isinstance(w_value, W_LongObject):
        s = parse_spec(space, spec, u"d", u">", w_value.typename)
        if s.type in u"eEfFgG%":
            return format_float(space, space.float_w(w_value), s)
        # a bool with a spec formats as its int (bool.__format__ is int's)
        return format_int(space, to_rbigint(w_value), s)
    if isinstance(w_value, W_StrObject):
        s = parse_spec(space, spec, u"s", u"<", "str")
        if s.type != u"s":
            raise oefmt(space, space.w_ValueError,
                        "Unknown format code '%s' for object of type 'str'", _utf8(s.type))
        if s.sign != u"-":
            raise oefmt(space, space.w_ValueError, "Sign not allowed in string format specifier")
        if s.no_neg_0:
            raise oefmt(space, space.w_ValueError,
                        "Negative zero coercion (z) not allowed in string format specifier")
        if s.alternate:
            raise oefmt(space, space.w_ValueError,
                        "Alternate form (#) not allowed in string format specifier")
        if s.align == u"=":
            raise oefmt(space, space.w_ValueError,
                        "'=' alignment not allowed in string format specifier")
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
    if s.no_neg_0:
        raise oefmt(space, space.w_ValueError,
                    "Negative zero coercion (z) not allowed in integer format specifier")
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
        if s.sign != u"-":
            raise oefmt(space, space.w_ValueError,
                        "Sign not allowed with integer format specifier 'c'")
        if s.alternate:
            raise oefmt(space, space.w_ValueError,
                        "Alternate form (#) not allowed with integer format specifier 'c'")
        if num.sign < 0 or num.bit_length() > 21 or num.toint() > 0x10ffff:
            raise oefmt(space, space.w_OverflowError, "%%c arg not in range(0x110000)")
        return pad(s, unichr(num.toint()), u">")
    else:
        raise oefmt(space, space.w_ValueError,
                    "Unknown format code '%s' for object of type 'int'", _utf8(t))
    sign = _sign_of(s, negative) + prefix
    if s.align == u"=" and s.fill == u"0" and s.thousands != u"":
        # zero padding takes part in the grouping, as in CPython
        every = 3
        if t in u"xXob":
            every = 4
        raw = ungroup(digits, s.thousands)
        return sign + zero_grouped(raw, u"", s.thousands, every, s.width - len(sign))
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
            body = unicode(rfloat.formatd(x, "r", 0, flags | rfloat.DTSF_ADD_DOT_0))
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
    if negative and s.no_neg_0 and _is_zero_text(body):
        negative = False
    if s.thousands != u"":
        dot = 0
        while dot < len(body) and _isdigit(body[dot]):
            dot += 1
        if s.align == u"=" and s.fill == u"0":
            sign = _sign_of(s, negative)
            return sign + zero_grouped(body[:dot], body[dot:], s.thousands, 3,
                                       s.width - len(sign))
        body = group_digits(body[:dot], s.thousands, 3) + body[dot:]
    return pad(s, body, u">", _sign_of(s, negative))


def _is_zero_text(body):
    """Does a formatted magnitude read as zero (before any exponent)?"""
    for ch in body:
        if ch == u"e" or ch == u"E":
            return True
        if u"1" <= ch <= u"9":
            return False
    return True


def ungroup(digits, sep):
    b = UnicodeBuilder(len(digits))
    for ch in digits:
        if ch != sep[0]:
            b.append(ch)
    return b.build()


def zero_grouped(raw, rest, sep, every, width):
    """Digits grouped with leading zeros so that digits + rest fill width,
    the zeros grouped too (CPython's '0' padding with a separator)."""
    grouped = group_digits(raw, sep, every)
    need = width - len(rest)
    while len(grouped) < need:
        raw = u"0" + raw
        grouped = group_digits(raw, sep, every)
    return grouped + rest


# --- printf-style formatting: '%d items' % n ---------------------------------

def latin1_decode(s):
    b = UnicodeBuilder(len(s))
    for c in s:
        b.append(unichr(ord(c)))
    return b.build()


def latin1_encode(u):
    """Text whose characters are all below 256 as bytes."""
    b = StringBuilder(len(u))
    for c in u:
        assert ord(c) < 256
        b.append(chr(ord(c)))
    return b.build()


def format_percent_bytes(space, fmt, w_values):
    """bytes % values (PEP 461): the text machinery on the latin-1 view of
    the bytes; %s/%b take bytes, %r/%a give ascii(repr), %c a byte."""
    w_res = format_percent(space, space.newtext(latin1_decode(fmt)), w_values, True)
    return latin1_encode(w_res.value)


def format_percent(space, w_fmt, w_values, for_bytes=False):
    fmt = w_fmt.value
    from rpython_sandbox.objects.dictobject import W_DictObject
    w_mapping = None
    from rpython_sandbox.space import builtin_value
    w_tuple = builtin_value(w_values)
    if isinstance(w_tuple, W_TupleObject):
        values_w = w_tuple.items_w
    else:
        values_w = [w_values]
        if isinstance(w_values, W_DictObject):
            w_mapping = w_values
        else:
            from rpython_sandbox.objects.classobject import W_InstanceObject
            if (isinstance(w_values, W_InstanceObject) and
                    w_values.w_class.lookup("__getitem__") is not None and
                    not space.isinstance_w(w_values, space.w_str)):
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
            if for_bytes:
                from rpython_sandbox.objects.bytesobject import W_BytesObject
                w_key = W_BytesObject(latin1_encode(fmt[start:stop]))
            else:
                w_key = space.newtext(fmt[start:stop])
            w_keyed = w_mapping.getitem(space, w_key)
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
            if s.width < 0:
                # a negative width from `*` means the `-` flag (CPython)
                s.width = -s.width
                s.align = u"<"
                s.fill = u" "
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
        if t == u"s" or t == u"r" or t == u"a" or (for_bytes and t == u"b"):
            if for_bytes and (t == u"s" or t == u"b"):
                from rpython_sandbox.objects.bytesobject import W_BytesObject
                if not isinstance(w_v, W_BytesObject):
                    raise oefmt(space, space.w_TypeError,
                                "%%b requires a bytes-like object, or an object that "
                                "implements __bytes__, not '%s'", space.type_name_of(w_v))
                text = latin1_decode(w_v.value)
            elif t == u"s":
                text = space.str_u(w_v)
            elif t == u"r" and not for_bytes:
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
        elif t == u"c" and for_bytes:
            from rpython_sandbox.objects.bytesobject import W_BytesObject
            if isinstance(w_v, W_BytesObject) and len(w_v.value) == 1:
                b.append(pad(s, latin1_decode(w_v.value), u">"))
            elif space.is_index(w_v):
                c = space.clamped_index_w(w_v)
                if c < 0 or c > 255:
                    raise oefmt(space, space.w_OverflowError, "%%c arg not in range(256)")
                b.append(pad(s, unichr(c), u">"))
            else:
                raise oefmt(space, space.w_TypeError,
                            "%%c requires an integer in range(256) or a single byte")
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
                    "not all arguments converted during %s formatting",
                    "bytes" if for_bytes else "string")
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


# --- str.format and str.format_map ----------------------------------------------

MAX_FORMAT_RECURSION = 1


class FormatArgs(object):
    """Where the fields of a str.format call come from: positional values,
    keyword (name, value) pairs, or a mapping (format_map)."""

    def __init__(self, args_w, kw_names, kw_values_w, w_mapping):
        self.args_w = args_w
        self.kw_names = kw_names
        self.kw_values_w = kw_values_w
        self.w_mapping = w_mapping
        self.auto_index = 0       # -1 once a field was numbered by hand


def format_string(space, fmt, fargs, depth):
    """fmt.format(...), a port of CPython's MarkupIterator and parse_field
    (same errors at the same places)."""
    if depth > MAX_FORMAT_RECURSION:
        raise oefmt(space, space.w_ValueError, "Max string recursion exceeded")
    b = UnicodeBuilder(len(fmt) + 16)
    i = 0
    n = len(fmt)
    produced = 0
    while i < n:
        space.check_interrupts_every(i)
        ch = fmt[i]
        i += 1
        if ch != u"{" and ch != u"}":
            b.append(ch)
            continue
        at_end = i >= n
        if ch == u"}":
            if at_end or fmt[i] != u"}":
                raise oefmt(space, space.w_ValueError, "Single '}' encountered in format string")
            b.append(u"}")
            i += 1
            continue
        if at_end:
            raise oefmt(space, space.w_ValueError, "Single '{' encountered in format string")
        if fmt[i] == u"{":
            b.append(u"{")
            i += 1
            continue
        # parse_field: the name ends at '}', ':' or '!' (not inside [...])
        name_start = i
        c = u"\0"
        while i < n:
            c = fmt[i]
            i += 1
            if c == u"{":
                raise oefmt(space, space.w_ValueError, "unexpected '{' in field name")
            if c == u"[":
                while i < n and fmt[i] != u"]":
                    i += 1
                continue
            if c == u"}" or c == u":" or c == u"!":
                break
        else:
            c = u"\0"
        if c != u"}" and c != u":" and c != u"!":
            raise oefmt(space, space.w_ValueError, "expected '}' before end of string")
        name_end = i - 1
        assert name_end >= name_start
        name = fmt[name_start:name_end]
        conversion = u"\0"
        spec = u""
        if c == u"!" or c == u":":
            closed = False
            if c == u"!":
                if i >= n:
                    raise oefmt(space, space.w_ValueError,
                                "end of string while looking for conversion specifier")
                conversion = fmt[i]
                i += 1
                if i < n:
                    c2 = fmt[i]
                    i += 1
                    if c2 == u"}":
                        closed = True
                    elif c2 != u":":
                        raise oefmt(space, space.w_ValueError,
                                    "expected ':' after conversion specifier")
            if not closed:
                spec_start = i
                count = 1
                while i < n:
                    c3 = fmt[i]
                    i += 1
                    if c3 == u"{":
                        count += 1
                    elif c3 == u"}":
                        count -= 1
                        if count == 0:
                            break
                if count != 0:
                    raise oefmt(space, space.w_ValueError, "unmatched '{' in format spec")
                spec_end = i - 1
                assert spec_end >= spec_start
                spec = fmt[spec_start:spec_end]
        piece = _render_field(space, name, conversion, spec, fargs, depth)
        produced += len(piece)
        space.check_allocation(produced + n, 1, 4)
        b.append(piece)
    return b.build()


def _render_field(space, name, conversion, spec, fargs, depth):
    w_value = _field_value(space, name, fargs)
    if conversion == u"r":
        w_value = space.newtext(space.repr_u(w_value))
    elif conversion == u"s":
        w_value = space.newtext(space.str_u(w_value))
    elif conversion == u"a":
        w_value = space.newtext(ascii_of(space.repr_u(w_value)))
    elif conversion != u"\0":
        raise oefmt(space, space.w_ValueError, "Unknown conversion specifier %s",
                    _utf8(conversion))
    if u"{" in spec:
        spec = format_string(space, spec, fargs, depth + 1)
    return format_with_spec(space, w_value, spec)


def _field_value(space, name, fargs):
    n = len(name)
    k = 0
    while k < n and name[k] != u"." and name[k] != u"[":
        k += 1
    first = name[:k]
    if len(first) == 0:
        if fargs.auto_index < 0:
            raise oefmt(space, space.w_ValueError,
                        "cannot switch from manual field specification to automatic field numbering")
        index = fargs.auto_index
        fargs.auto_index += 1
        w_obj = _positional(space, fargs, index)
    elif _all_digits(first):
        if fargs.auto_index > 0:
            raise oefmt(space, space.w_ValueError,
                        "cannot switch from automatic field numbering to manual field specification")
        fargs.auto_index = -1
        w_obj = _positional(space, fargs, _to_int(first))
    else:
        w_obj = _keyword(space, fargs, first)
    # the rest: .attr and [key] parts
    while k < n:
        if name[k] == u".":
            k += 1
            start = k
            while k < n and name[k] != u"." and name[k] != u"[":
                k += 1
            if k == start:
                raise oefmt(space, space.w_ValueError, "Empty attribute in format string")
            w_obj = space.getattr(w_obj, _utf8(name[start:k]))
        elif name[k] == u"[":
            k += 1
            start = k
            while k < n and name[k] != u"]":
                k += 1
            if k >= n:
                raise oefmt(space, space.w_ValueError, "Missing ']' in format string")
            if k == start:
                raise oefmt(space, space.w_ValueError, "Empty attribute in format string")
            key = name[start:k]
            k += 1
            if _all_digits(key):
                w_key = space.newint(_to_int(key))
            else:
                w_key = space.newtext(key)
            w_obj = space.getitem(w_obj, w_key)
            if k < n and name[k] != u"." and name[k] != u"[":
                raise oefmt(space, space.w_ValueError,
                            "Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise oefmt(space, space.w_ValueError,
                        "Only '.' or '[' may follow ']' in format field specifier")
    return w_obj


def _all_digits(s):
    if len(s) == 0:
        return False
    for ch in s:
        if not _isdigit(ch):
            return False
    return True


def _positional(space, fargs, index):
    if fargs.w_mapping is not None:
        raise oefmt(space, space.w_ValueError, "Format string contains positional fields")
    if index >= len(fargs.args_w):
        raise oefmt(space, space.w_IndexError,
                    "Replacement index %d out of range for positional args tuple", index)
    return fargs.args_w[index]


def _keyword(space, fargs, name):
    from rpython_sandbox.error import OperationError
    if fargs.w_mapping is not None:
        return space.getitem(fargs.w_mapping, space.newtext(name))
    for i in range(len(fargs.kw_names)):
        if fargs.kw_names[i] == _utf8(name):
            return fargs.kw_values_w[i]
    raise OperationError(space.new_exception(space.w_KeyError, [space.newtext(name)]))


def str_format(space, fmt, args):
    fargs = FormatArgs(args.args_w, args.kw_names, args.kw_values_w, None)
    return space.newtext(format_string(space, fmt, fargs, 0))


def str_format_map(space, fmt, w_mapping):
    fargs = FormatArgs([], [], [], w_mapping)
    return space.newtext(format_string(space, fmt, fargs, 0))
