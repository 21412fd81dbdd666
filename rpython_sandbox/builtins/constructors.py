"""What calling a builtin type does: int(x), float(x), str(x), list(it), ...
Each is construct_<type>(space, w_type, args)."""

from rpython.rlib.rbigint import rbigint
from rpython.rlib import rfloat
from rpython.rlib import rstring
from rpython.rlib.rstring import ParseStringError, ParseStringOverflowError, strip_spaces
from rpython.rlib.rarithmetic import string_to_int

from rpython_sandbox.error import oefmt, OperationError
from rpython_sandbox.objects.intobject import W_IntObject, W_BoolObject
from rpython_sandbox.objects.longobject import W_LongObject
from rpython_sandbox.objects.floatobject import W_FloatObject
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.functionobject import Arguments
from rpython_sandbox.objects.bytesobject import W_BytesObject
from rpython_sandbox.objects.listobject import W_ListObject
from rpython_sandbox.objects.tupleobject import W_TupleObject
from rpython_sandbox.objects.dictobject import W_DictObject
from rpython_sandbox.objects.rangeobject import W_RangeObject
from rpython_sandbox.objects.sliceobject import W_SliceObject
from rpython_sandbox.objects.iterobject import W_EnumerateIterator, W_ZipIterator

MAX_INT_STR_DIGITS = 4300    # CPython 3.11's int_max_str_digits default


def construct_type(space, w_type, args):
    if len(args.args_w) == 3:
        from rpython_sandbox.objects.classobject import type_new
        return type_new(space, args.args_w[0], args.args_w[1], args.args_w[2],
                        args.kw_names, args.kw_values_w)
    if len(args.args_w) != 1:
        raise oefmt(space, space.w_TypeError, "type() takes 1 or 3 arguments")
    return space.type(args.args_w[0])


def construct_int(space, w_type, args):
    args.check(space, "int", 0, 2, allow_kw=True)
    w_base = args.keyword(space, "int", "base", None, ["base"])
    if len(args.args_w) == 2:
        w_base = args.args_w[1]
    if len(args.args_w) == 0:
        return space.newint(0)
    w_x = args.args_w[0]
    if w_base is not None:
        base = space.index_w(w_base)
        if not isinstance(w_x, W_StrObject):
            raise oefmt(space, space.w_TypeError, "int() can't convert non-string with explicit base")
        return int_from_text(space, w_x.value, base)
    if isinstance(w_x, W_BoolObject):
        return space.newint(w_x.intval)
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        return w_x
    if isinstance(w_x, W_FloatObject):
        return int_from_float(space, w_x.floatval)
    if isinstance(w_x, W_StrObject):
        return int_from_text(space, w_x.value, 10)
    from rpython_sandbox.space import builtin_value
    w_v = builtin_value(w_x)
    if w_v is not w_x:         # an instance of a subclass of int, str, ...
        return construct_int(space, w_type, Arguments([w_v]))
    # a user instance: __int__, else __index__, else __trunc__ (CPython)
    w_res = space.user_special(w_x, "__int__")
    if w_res is not None:
        if not space.is_index(w_res):
            raise oefmt(space, space.w_TypeError, "__int__ returned non-int (type %s)",
                        space.type_name_of(w_res))
        return w_res
    w_res = space.index_of(w_x)
    if w_res is not None:
        return w_res
    w_res = space.user_special(w_x, "__trunc__")
    if w_res is not None:
        w_index = space.index_of(w_res)
        if w_index is None:
            raise oefmt(space, space.w_TypeError, "__trunc__ returned non-Integral (type %s)",
                        space.type_name_of(w_res))
        return w_index
    raise oefmt(space, space.w_TypeError,
                "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                space.type_name_of(w_x))


def int_from_float(space, x):
    if rfloat.isinf(x):
        raise oefmt(space, space.w_OverflowError, "cannot convert float infinity to integer")
    if rfloat.isnan(x):
        raise oefmt(space, space.w_ValueError, "cannot convert float NaN to integer")
    return space.newlong(rbigint.fromfloat(x))


def int_from_text(space, text, base):
    if base != 0 and (base < 2 or base > 36):
        raise oefmt(space, space.w_ValueError, "int() base must be >= 2 and <= 36, or 0")
    s = _ascii_digits(text)
    if s is not None:
        s = clean_int_literal(s, base)
    if s is None:
        raise oefmt(space, space.w_ValueError, "invalid literal for int() with base %d: %s",
                    base, space.repr_utf8(space.newtext(text)))
    if len(s) > MAX_INT_STR_DIGITS + 3 and base in (0, 10):
        raise oefmt(space, space.w_ValueError,
                    "Exceeds the limit (4300 digits) for integer string conversion: "
                    "value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
                    len(s))
    if base == 0 and len(s) > 1 and s[0] == "0" and s[1] in "0123456789":
        base = 10   # only zeros may have leading zeros; checked by clean_int_literal
    try:
        return space.newint(string_to_int(s, base))
    except ParseStringOverflowError:
        return space.newlong(rbigint.fromstr(s, base))
    except ParseStringError:
        raise oefmt(space, space.w_ValueError, "invalid literal for int() with base %d: %s",
                    base, space.repr_utf8(space.newtext(text)))


def clean_int_literal(s, base):
    """Python 3's int() text grammar: blanks, a sign, digits with single
    underscores between them (and after a base prefix).  Returns the text
    without blanks and underscores, or None if it breaks the grammar."""
    s = strip_spaces(s)
    sign = ""
    if s.startswith("-") or s.startswith("+"):
        sign = s[0]
        s = s[1:]
    prefix = ""
    low = s.lower()
    if (base == 0 or base == 16) and low.startswith("0x") or \
       (base == 0 or base == 8) and low.startswith("0o") or \
       (base == 0 or base == 2) and low.startswith("0b"):
        prefix = s[:2]
        s = s[2:]
        if s.startswith("_"):
            s = s[1:]
    if len(s) == 0 or s.startswith("_") or s.endswith("_") or "__" in s:
        return None
    digits = rstring.replace(s, "_", "")
    if base == 0 and prefix == "" and len(digits) > 1 and digits[0] == "0":
        for ch in digits:
            if ch != "0":
                return None
    for ch in digits:
        if not ch.isalnum():
            return None
    return sign + prefix + digits


def _ascii_digits(text):
    """The text as an ASCII str (Unicode digits and blanks mapped to their
    ASCII equivalents, as int() and float() accept them), or None."""
    from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
    chars = []
    for ch in text:
        c = ord(ch)
        if c < 128:
            chars.append(chr(c))
        elif unicodedb.isspace(c):
            chars.append(" ")
        else:
            try:
                chars.append(chr(48 + unicodedb.decimal(c)))
            except KeyError:
                return None
    return "".join(chars)


def construct_bool(space, w_type, args):
    args.check(space, "bool", 0, 1)
    if len(args.args_w) == 0:
        return space.w_False
    return space.newbool(space.is_true(args.args_w[0]))


def construct_float(space, w_type, args):
    args.check(space, "float", 0, 1)
    if len(args.args_w) == 0:
        return space.newfloat(0.0)
    w_x = args.args_w[0]
    if isinstance(w_x, W_FloatObject):
        return w_x
    from rpython_sandbox.space import builtin_value
    w_x = builtin_value(w_x)        # a subclass of float, str, int
    if isinstance(w_x, W_FloatObject):
        return w_x
    if isinstance(w_x, W_StrObject):
        return space.newfloat(float_from_text(space, w_x.value))
    return space.newfloat(space.float_arg_w(w_x))


def float_from_text(space, text):
    s = _ascii_digits(text)
    if s is not None:
        s = strip_spaces(s)
        if "_" in s:
            # underscores only between digits, as in Python 3
            ok = "__" not in s and not s.startswith("_") and not s.endswith("_")
            for i in range(1, len(s) - 1):
                if s[i] == "_" and not (s[i - 1].isdigit() and s[i + 1].isdigit()):
                    ok = False
            s = rstring.replace(s, "_", "") if ok else None
    if s is not None and len(s) > 0:
        low = s.lower()
        sign = 1.0
        body = low
        if body.startswith("-"):
            sign = -1.0
            body = body[1:]
        elif body.startswith("+"):
            body = body[1:]
        if body == "inf" or body == "infinity":
            return sign * rfloat.INFINITY
        if body == "nan":
            # the sign must come from run time: NaN constants lose their
            # sign when RPython writes them out as C
            return rfloat.copysign(rfloat.NAN, sign)
        if body.startswith("in") or body.startswith("na") or " " in body:
            s = None
        if s is not None:
            try:
                return rfloat.string_to_float(s)
            except ParseStringError:
                pass
    raise oefmt(space, space.w_ValueError, "could not convert string to float: %s",
                space.repr_utf8(space.newtext(text)))


def construct_str(space, w_type, args):
    args.check(space, "str", 0, 1)
    if len(args.args_w) == 0:
        return space.newtext(u"")
    return space.newtext(space.str_u(args.args_w[0]))


def construct_bytes(space, w_type, args):
    args.check(space, "bytes", 0, 1)
    if len(args.args_w) == 0:
        return W_BytesObject("")
    w_x = args.args_w[0]
    if space.is_index(w_x):
        n = space.index_w(w_x)
        if n < 0:
            raise oefmt(space, space.w_ValueError, "negative count")
        space.check_allocation(n, 1, 1)
        return W_BytesObject("\x00" * n)
    from rpython_sandbox.objects.bytearrayobject import W_BytearrayObject
    if isinstance(w_x, W_BytearrayObject):
        return W_BytesObject(w_x.bytes_value())
    chars = []
    for w_item in space.unpack_iterable(w_x):
        c = space.index_w(w_item)
        if c < 0 or c > 255:
            raise oefmt(space, space.w_ValueError, "bytes must be in range(0, 256)")
        chars.append(chr(c))
    return W_BytesObject("".join(chars))


def construct_list(space, w_type, args):
    args.check(space, "list", 0, 1)
    if len(args.args_w) == 0:
        return W_ListObject([])
    return W_ListObject(space.unpack_iterable(args.args_w[0]))


def construct_tuple(space, w_type, args):
    args.check(space, "tuple", 0, 1)
    if len(args.args_w) == 0:
        return W_TupleObject([])
    w_x = args.args_w[0]
    if isinstance(w_x, W_TupleObject):
        return w_x
    return W_TupleObject(space.unpack_iterable(w_x))


def construct_dict(space, w_type, args):
    args.check(space, "dict", 0, 1, allow_kw=True)
    w_dict = W_DictObject()
    if len(args.args_w) == 1:
        w_dict.update_from(space, args.args_w[0])
    for i in range(len(args.kw_names)):
        w_dict.setitem(space, space.newtext_utf8(args.kw_names[i]), args.kw_values_w[i])
    return w_dict


def construct_range(space, w_type, args):
    args.check(space, "range", 1, 3)
    args_w = args.args_w
    start = 0
    step = 1
    if len(args_w) == 1:
        stop = _range_arg(space, args_w[0])
    else:
        start = _range_arg(space, args_w[0])
        stop = _range_arg(space, args_w[1])
        if len(args_w) == 3:
            step = _range_arg(space, args_w[2])
            if step == 0:
                raise oefmt(space, space.w_ValueError, "range() arg 3 must not be zero")
    return W_RangeObject(start, stop, step)


def _range_arg(space, w_x):
    if not space.has_index(w_x):
        raise oefmt(space, space.w_TypeError,
                    "'%s' object cannot be interpreted as an integer", w_x.typename)
    value = space.index_w(w_x)
    # keep (stop - start) within a machine word
    if value > (1 << 62) or value < -(1 << 62):
        raise oefmt(space, space.w_OverflowError, "range() bounds beyond 2**62 are not supported")
    return value


def construct_slice(space, w_type, args):
    args.check(space, "slice", 1, 3)
    args_w = args.args_w
    if len(args_w) == 1:
        return W_SliceObject(space.w_None, args_w[0], space.w_None)
    if len(args_w) == 2:
        return W_SliceObject(args_w[0], args_w[1], space.w_None)
    return W_SliceObject(args_w[0], args_w[1], args_w[2])


def construct_enumerate(space, w_type, args):
    args.check(space, "enumerate", 1, 2, allow_kw=True)
    w_start = args.keyword(space, "enumerate", "start", space.newint(0), ["start"])
    if len(args.args_w) == 2:
        w_start = args.args_w[1]
    if not space.is_index(w_start):
        raise oefmt(space, space.w_TypeError,
                    "'%s' object cannot be interpreted as an integer", w_start.typename)
    return W_EnumerateIterator(space.iter(args.args_w[0]), w_start)


def construct_zip(space, w_type, args):
    args.check(space, "zip", 0, 1000, allow_kw=True)
    w_strict = args.keyword(space, "zip", "strict", space.w_False, ["strict"])
    return W_ZipIterator([space.iter(w_x) for w_x in args.args_w], space.is_true(w_strict))
