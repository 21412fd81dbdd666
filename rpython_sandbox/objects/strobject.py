"""str: immutable unicode text (an RPython unicode string) and its methods.

The method table at the bottom is the whole surface the guest can reach on a
str; anything not listed does not exist."""

from rpython.rlib import rstring
from rpython.rlib.rstring import UnicodeBuilder
from rpython.rlib.objectmodel import compute_hash, specialize
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.textbuffer import TextBuffer
from rpython_sandbox.objects.functionobject import method_table
from rpython_sandbox.objects.typeattrs import type_function
from rpython_sandbox.objects.sequence import normalize_index, repeat_count, repeat_string
from rpython_sandbox.objects.sliceobject import W_SliceObject
from rpython_sandbox.error import oefmt
from rpython_sandbox import operators as ops


class W_StrObject(W_Root):
    _attrs_ = _immutable_fields_ = ["value"]
    typename = "str"
    iterable = True

    def __init__(self, value):
        assert isinstance(value, unicode)
        self.value = value

    def gettype(self, space):
        return space.w_str

    def is_true(self, space):
        return len(self.value) > 0

    def str(self, space):
        return self.value

    def repr(self, space):
        return repr_text(self.value)

    def hash(self, space):
        return compute_hash(self.value)

    def eq(self, space, w_other):
        if isinstance(w_other, W_StrObject):
            return space.newbool(self.value == w_other.value)
        return None

    def compare(self, space, op, w_other):
        if not isinstance(w_other, W_StrObject):
            return None
        return space.newbool(ops.ordered(op, self.value, w_other.value))

    def binop(self, space, op, w_other):
        if op == ops.ADD and isinstance(w_other, W_StrObject):
            space.check_allocation(len(self.value) + len(w_other.value), 1, 4)
            return space.newtext(self.value + w_other.value)
        if op == ops.MUL and space.has_index(w_other):
            return self.repeat(space, w_other)
        if op == ops.MOD:
            return space.format_percent(self, w_other)
        return None

    def rbinop(self, space, op, w_other):
        if op == ops.MUL and space.has_index(w_other):
            return self.repeat(space, w_other)
        return None

    def repeat(self, space, w_times):
        n = repeat_count(space, w_times, 4, len(self.value))
        return space.newtext(repeat_string(space, self.value, n, TextBuffer))

    def length(self, space):
        return len(self.value)

    def getitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, count = w_key.indices(space, len(self.value))
            if step == 1:
                if count <= 0:
                    return space.newtext(u"")
                assert start >= 0
                return space.newtext(self.value[start:start + count])
            b = UnicodeBuilder(count)
            i = start
            for k in range(count):
                b.append(self.value[i])
                i += step
            return space.newtext(b.build())
        if not space.has_index(w_key):
            raise oefmt(space, space.w_TypeError,
                        "string indices must be integers, not '%s'", w_key.typename)
        i = normalize_index(space, space.index_w(w_key), len(self.value), "string")
        return space.newtext(self.value[i])

    def contains(self, space, w_item):
        if not isinstance(w_item, W_StrObject):
            raise oefmt(space, space.w_TypeError,
                        "'in <string>' requires string as left operand, not %s", w_item.typename)
        return find_in(space, self.value, w_item.value, 0, len(self.value)) >= 0

    def iter(self, space):
        from rpython_sandbox.objects.iterobject import W_StrIterator
        return W_StrIterator(self.value)

    def getattr(self, space, name):
        return space.lookup_method(self, name)


HEX_DIGITS = "0123456789abcdef"


def hex_escape(c, marker, ndigits):
    """The escape `\\` + marker + c in ndigits lowercase hex digits, as an
    ASCII str (RPython's % formatting has no zero-padded %x)."""
    digits = ["0"] * ndigits
    for i in range(ndigits - 1, -1, -1):
        digits[i] = HEX_DIGITS[c & 0xf]
        c >>= 4
    return "\\" + marker + "".join(digits)


def escape_char(c):
    """CPython's escape of a code point that is not shown as itself."""
    if c <= 0xff:
        return hex_escape(c, "x", 2)
    if c <= 0xffff:
        return hex_escape(c, "u", 4)
    return hex_escape(c, "U", 8)


def repr_text(s):
    """CPython's repr() of a str: quotes chosen the same way, escapes of
    control characters and of the chosen quote."""
    quote = u"'"
    if u"'" in s and u'"' not in s:
        quote = u'"'
    b = UnicodeBuilder(len(s) + 2)
    b.append(quote)
    for ch in s:
        c = ord(ch)
        if ch == quote or ch == u"\\":
            b.append(u"\\")
            b.append(ch)
        elif ch == u"\n":
            b.append(u"\\n")
        elif ch == u"\r":
            b.append(u"\\r")
        elif ch == u"\t":
            b.append(u"\\t")
        elif c < 0x20 or c == 0x7f:
            b.append(unicode(escape_char(c)))
        elif c < 0x7f:
            b.append(ch)
        elif not unicodedb.isprintable(c):
            b.append(unicode(escape_char(c)))
        else:
            b.append(ch)
    b.append(quote)
    return b.build()


def text_w(space, w_obj, what):
    if not isinstance(w_obj, W_StrObject):
        from rpython_sandbox.space import builtin_value
        w_value = builtin_value(w_obj)      # a str subclass instance
        if isinstance(w_value, W_StrObject):
            return w_value.value
        raise oefmt(space, space.w_TypeError, "%s must be str, not %s", what, w_obj.typename)
    return w_obj.value


def _self(w_self):
    assert isinstance(w_self, W_StrObject)
    return w_self.value


def _opt_index(space, args, i, default):
    if len(args.args_w) > i and not space.is_none(args.args_w[i]):
        return space.index_w(args.args_w[i])
    return default


def _start_end(space, args, first, length):
    """Optional start/end arguments at positions first, first+1, clamped
    like CPython's slice semantics."""
    start = _opt_index(space, args, first, 0)
    end = _opt_index(space, args, first + 1, length)
    if start < 0:
        start += length
        if start < 0:
            start = 0
    if end > length:
        end = length
    elif end < 0:
        end += length
        if end < 0:
            end = 0
    return start, end


# --- searching huge strings with interrupt checks -----------------------------

SEARCH_CHUNK = 1 << 22     # characters searched between two interrupt checks


def find_in(space, s, sub, start, end):
    """s.find(sub, start, end), a window of SEARCH_CHUNK characters at a
    time so that a limit can stop a search through a huge string."""
    assert start >= 0 and end >= 0
    if end - start <= SEARCH_CHUNK:
        return s.find(sub, start, end)
    pos = start
    while pos < end:
        stop = min(end, pos + SEARCH_CHUNK + len(sub) - 1)
        assert pos >= 0 and stop >= 0
        i = s.find(sub, pos, stop)
        # charged by what was searched, after the search: a match near
        # pos (count, replace and split find one after the other) costs
        # next to nothing, where a flat charge per window made every call
        # a full check point (a clock read per occurrence)
        if i >= 0:
            space.charge_work((i - pos) >> 6)
            return i
        space.charge_work((stop - pos) >> 6)
        pos += SEARCH_CHUNK
    return -1


def rfind_in(space, s, sub, start, end):
    """s.rfind(sub, start, end), window by window from the end."""
    assert start >= 0 and end >= 0
    if end - start <= SEARCH_CHUNK:
        return s.rfind(sub, start, end)
    stop = end
    while stop > start:
        pos = max(start, stop - SEARCH_CHUNK - len(sub) + 1)
        assert pos >= 0 and stop >= 0
        i = s.rfind(sub, pos, stop)
        if i >= 0:
            space.charge_work((stop - i) >> 6)      # as find_in
            return i
        space.charge_work((stop - pos) >> 6)
        stop -= SEARCH_CHUNK
    return -1


def split_in(space, s, sep, maxsplit):
    """s.split(sep, maxsplit) for a non-empty sep, with interrupt checks."""
    if len(s) <= SEARCH_CHUNK:
        return rstring.split(s, sep, maxsplit)
    parts = []
    pos = 0
    while maxsplit != 0:
        i = find_in(space, s, sep, pos, len(s))
        if i < 0:
            break
        space.check_interrupts_every(len(parts))
        assert pos >= 0
        parts.append(s[pos:i])
        pos = i + len(sep)
        maxsplit -= 1
    assert pos >= 0
    parts.append(s[pos:])
    return parts


def replace_in(space, s, old, new, count):
    """s.replace(old, new, count) with interrupt checks on huge strings:
    a counting pass sizes the result, which is then filled in place
    (textbuffer.py says why not a builder)."""
    if len(s) <= SEARCH_CHUNK or len(old) == 0:
        return rstring.replace(s, old, new, count)
    n = count_in(space, s, old, 0, len(s))
    if count >= 0 and n > count:
        n = count
    if n == 0:
        return s
    out = TextBuffer(len(s) + n * (len(new) - len(old)))
    pos = 0
    for done in range(n):
        i = find_in(space, s, old, pos, len(s))
        assert pos >= 0 and i >= pos
        out.append_slice(space, s, pos, i)
        out.append(space, new)
        pos = i + len(old)
        space.check_interrupts_every(done)
    out.append_slice(space, s, pos, len(s))
    return out.build()


def count_in(space, s, sub, start, end):
    assert start >= 0 and end >= 0
    if end - start <= SEARCH_CHUNK or len(sub) == 0:
        return s.count(sub, start, end)
    n = 0
    pos = start
    while True:
        i = find_in(space, s, sub, pos, end)
        if i < 0:
            return n
        n += 1
        space.check_interrupts_every(n)
        pos = i + len(sub)


def _append_codes(builder, codes):
    for c in codes:
        builder.append(unichr(c))


str_methods, strmethod = method_table()


@specialize.arg(2)
def _map_chars(space, s, mapping):
    """Apply a full Unicode case mapping (one code point may become several,
    as 'ß'.upper() == 'SS') to every character."""
    b = UnicodeBuilder(len(s))
    for i in range(len(s)):
        space.check_interrupts_every(i)
        _append_codes(b, mapping(ord(s[i])))
    return space.newtext(b.build())


@strmethod("upper")
def str_upper(space, w_self, args):
    args.check(space, "upper", 0, 0)
    return _map_chars(space, _self(w_self), unicodedb.toupper_full)


def _char_class_method(name, predicate, empty_result):
    def method(space, w_self, args):
        args.check(space, name, 0, 0)
        s = _self(w_self)
        if len(s) == 0:
            return space.newbool(empty_result)
        for ch in s:
            if not predicate(ord(ch)):
                return space.w_False
        return space.w_True
    method.func_name = "str_" + name
    strmethod(name)(method)


_char_class_method("isdigit", unicodedb.isdigit, False)
_char_class_method("isdecimal", unicodedb.isdecimal, False)
_char_class_method("isnumeric", unicodedb.isnumeric, False)
_char_class_method("isalpha", unicodedb.isalpha, False)
_char_class_method("isalnum", unicodedb.isalnum, False)
_char_class_method("isspace", unicodedb.isspace, False)
_char_class_method("isprintable", unicodedb.isprintable, True)


def _is_ascii(c):
    return c < 128


_char_class_method("isascii", _is_ascii, True)


def _cased_check(space, s, want_upper):
    """CPython's isupper/islower: no character of the other case (nor a
    title-case one), and at least one of the wanted case."""
    cased = False
    for ch in s:
        c = ord(ch)
        if unicodedb.istitle(c):
            return space.w_False
        if want_upper:
            if unicodedb.islower(c):
                return space.w_False
            if unicodedb.isupper(c):
                cased = True
        else:
            if unicodedb.isupper(c):
                return space.w_False
            if unicodedb.islower(c):
                cased = True
    return space.newbool(cased)


@strmethod("isupper")
def str_isupper(space, w_self, args):
    args.check(space, "isupper", 0, 0)
    return _cased_check(space, _self(w_self), True)


@strmethod("islower")
def str_islower(space, w_self, args):
    args.check(space, "islower", 0, 0)
    return _cased_check(space, _self(w_self), False)


def _strip(space, w_self, args, name, left, right):
    args.check(space, name, 0, 1)
    s = _self(w_self)
    chars = None
    if len(args.args_w) == 1 and not space.is_none(args.args_w[0]):
        chars = text_w(space, args.args_w[0], "strip arg")
    lpos = 0
    rpos = len(s)
    if left:
        while lpos < rpos and _strip_char(s[lpos], chars):
            lpos += 1
    if right:
        while rpos > lpos and _strip_char(s[rpos - 1], chars):
            rpos -= 1
    assert rpos >= lpos
    return space.newtext(s[lpos:rpos])


def _strip_char(ch, chars):
    if chars is None:
        return unicodedb.isspace(ord(ch))
    return chars.find(ch) >= 0


@strmethod("strip")
def str_strip(space, w_self, args):
    return _strip(space, w_self, args, "strip", True, True)


@strmethod("lstrip")
def str_lstrip(space, w_self, args):
    return _strip(space, w_self, args, "lstrip", True, False)


@strmethod("rstrip")
def str_rstrip(space, w_self, args):
    return _strip(space, w_self, args, "rstrip", False, True)


def _split_args(space, args, name):
    args.check(space, name, 0, 2, allow_kw=True)
    w_sep = space.w_None
    w_max = space.w_None
    if len(args.args_w) > 0:
        w_sep = args.args_w[0]
    if len(args.args_w) > 1:
        w_max = args.args_w[1]
    w_sep = args.keyword(space, name, "sep", w_sep, ["sep", "maxsplit"])
    w_max = args.keyword(space, name, "maxsplit", w_max, ["sep", "maxsplit"])
    maxsplit = -1
    if not space.is_none(w_max):
        maxsplit = space.index_w(w_max)
    sep = None
    if not space.is_none(w_sep):
        sep = text_w(space, w_sep, "separator")
        if len(sep) == 0:
            raise oefmt(space, space.w_ValueError, "empty separator")
    return sep, maxsplit


def _split_whitespace(s, maxsplit, from_right):
    """str.split() / rsplit() without a separator (Unicode whitespace)."""
    parts = []
    n = len(s)
    if not from_right:
        i = 0
        while True:
            while i < n and unicodedb.isspace(ord(s[i])):
                i += 1
            if i >= n:
                break
            if maxsplit == 0:
                assert i >= 0
                parts.append(s[i:n])
                break
            j = i
            while j < n and not unicodedb.isspace(ord(s[j])):
                j += 1
            assert i >= 0 and j >= i
            parts.append(s[i:j])
            maxsplit -= 1
            i = j
        return parts
    j = n
    while True:
        while j > 0 and unicodedb.isspace(ord(s[j - 1])):
            j -= 1
        if j <= 0:
            break
        if maxsplit == 0:
            assert j >= 0
            parts.append(s[0:j])
            break
        i = j
        while i > 0 and not unicodedb.isspace(ord(s[i - 1])):
            i -= 1
        assert i >= 0 and j >= i
        parts.append(s[i:j])
        maxsplit -= 1
        j = i
    parts.reverse()
    return parts


def _split(space, w_self, args, name, from_right):
    sep, maxsplit = _split_args(space, args, name)
    s = _self(w_self)
    if sep is None:
        parts = _split_whitespace(s, maxsplit, from_right)
    elif from_right:
        parts = rstring.rsplit(s, sep, maxsplit)
    else:
        parts = split_in(space, s, sep, maxsplit)
    return space.newlist([space.newtext(part) for part in parts])


@strmethod("split")
def str_split(space, w_self, args):
    return _split(space, w_self, args, "split", False)


@strmethod("rsplit")
def str_rsplit(space, w_self, args):
    return _split(space, w_self, args, "rsplit", True)


@strmethod("splitlines")
def str_splitlines(space, w_self, args):
    args.check(space, "splitlines", 0, 1, allow_kw=True)
    w_keepends = args.keyword(space, "splitlines", "keepends", None, ["keepends"])
    if len(args.args_w) == 1:
        w_keepends = args.args_w[0]
    keepends = w_keepends is not None and space.is_true(w_keepends)
    s = _self(w_self)
    parts_w = []
    i = 0
    n = len(s)
    while i < n:
        j = i
        while j < n and not unicodedb.islinebreak(ord(s[j])):
            j += 1
        eol = j
        if j < n:
            if s[j] == u"\r" and j + 1 < n and s[j + 1] == u"\n":
                j += 2
            else:
                j += 1
            if keepends:
                eol = j
        assert i >= 0 and eol >= i
        parts_w.append(space.newtext(s[i:eol]))
        i = j
    return space.newlist(parts_w)


@strmethod("join")
def str_join(space, w_self, args):
    from rpython_sandbox.objects.listobject import W_ListObject
    args.check(space, "join", 1, 1)
    sep = _self(w_self)
    w_iterable = args.args_w[0]
    if isinstance(w_iterable, W_ListObject):
        # no guest code runs below, so the list cannot change under us:
        # read it in place instead of copying it
        items_w = w_iterable.items_w
    else:
        items_w = space.unpack_iterable(w_iterable)
    total = 0
    for i in range(len(items_w)):
        space.check_interrupts_every(i)
        w_item = items_w[i]
        if not isinstance(w_item, W_StrObject):
            from rpython_sandbox.space import builtin_value
            w_item = builtin_value(w_item)      # a str subclass instance
            if not isinstance(w_item, W_StrObject):
                raise oefmt(space, space.w_TypeError,
                            "sequence item %d: expected str instance, %s found", i,
                            items_w[i].typename)
        total += len(w_item.value) + len(sep)
    space.check_allocation(total, 1, 4)
    b = UnicodeBuilder(total)
    for i in range(len(items_w)):
        space.check_interrupts_every(i)
        if i > 0:
            b.append(sep)
        w_item = items_w[i]
        if not isinstance(w_item, W_StrObject):
            from rpython_sandbox.space import builtin_value
            w_item = builtin_value(w_item)
        assert isinstance(w_item, W_StrObject)
        b.append(w_item.value)
    return space.newtext(b.build())


@strmethod("replace")
def str_replace(space, w_self, args):
    args.check(space, "replace", 2, 3)
    old = text_w(space, args.args_w[0], "replace() argument 1")
    new = text_w(space, args.args_w[1], "replace() argument 2")
    count = _opt_index(space, args, 2, -1)
    s = _self(w_self)
    if len(new) > len(old):
        space.check_allocation(len(s) + 1, len(new) + 1, 4)
    return space.newtext(replace_in(space, s, old, new, count))


def _find(space, w_self, args, name, reverse):
    args.check(space, name, 1, 3)
    s = _self(w_self)
    sub = text_w(space, args.args_w[0], "must be str")
    start, end = _start_end(space, args, 1, len(s))
    if start > end:
        return -1
    if reverse:
        return rfind_in(space, s, sub, start, end)
    return find_in(space, s, sub, start, end)


@strmethod("find")
def str_find(space, w_self, args):
    return space.newint(_find(space, w_self, args, "find", False))


@strmethod("rfind")
def str_rfind(space, w_self, args):
    return space.newint(_find(space, w_self, args, "rfind", True))


@strmethod("index")
def str_index(space, w_self, args):
    i = _find(space, w_self, args, "index", False)
    if i < 0:
        raise oefmt(space, space.w_ValueError, "substring not found")
    return space.newint(i)


@strmethod("rindex")
def str_rindex(space, w_self, args):
    i = _find(space, w_self, args, "rindex", True)
    if i < 0:
        raise oefmt(space, space.w_ValueError, "substring not found")
    return space.newint(i)


@strmethod("count")
def str_count(space, w_self, args):
    args.check(space, "count", 1, 3)
    s = _self(w_self)
    sub = text_w(space, args.args_w[0], "must be str")
    start, end = _start_end(space, args, 1, len(s))
    if start > end:
        return space.newint(0)
    return space.newint(count_in(space, s, sub, start, end))


def _affix(space, w_self, args, name, at_end):
    args.check(space, name, 1, 3)
    s = _self(w_self)
    start, end = _start_end(space, args, 1, len(s))
    w_arg = args.args_w[0]
    if isinstance(w_arg, W_StrObject):
        affixes = [w_arg.value]
    else:
        from rpython_sandbox.objects.tupleobject import W_TupleObject
        if not isinstance(w_arg, W_TupleObject):
            raise oefmt(space, space.w_TypeError,
                        "%s first arg must be str or a tuple of str, not %s", name, w_arg.typename)
        affixes = [text_w(space, w, "tuple item") for w in w_arg.items_w]
    for affix in affixes:
        if at_end:
            if rstring.endswith(s, affix, start, end):
                return space.w_True
        elif rstring.startswith(s, affix, start, end):
            return space.w_True
    return space.w_False


@strmethod("startswith")
def str_startswith(space, w_self, args):
    return _affix(space, w_self, args, "startswith", False)


@strmethod("endswith")
def str_endswith(space, w_self, args):
    return _affix(space, w_self, args, "endswith", True)


def _pad(space, w_self, args, name, where):
    args.check(space, name, 1, 2)
    s = _self(w_self)
    width = space.index_w(args.args_w[0])
    fill = u" "
    if len(args.args_w) == 2:
        fill = text_w(space, args.args_w[1], "fill character")
        if len(fill) != 1:
            raise oefmt(space, space.w_TypeError,
                        "The fill character must be exactly one character long")
    pad = width - len(s)
    if pad <= 0:
        return space.newtext(s)
    space.check_allocation(width, 1, 4)
    if where == 0:          # ljust
        left = 0
    elif where == 1:        # rjust
        left = pad
    else:                   # center, rounding like CPython
        left = pad // 2 + (pad & width & 1)
    return space.newtext(fill * left + s + fill * (pad - left))


@strmethod("ljust")
def str_ljust(space, w_self, args):
    return _pad(space, w_self, args, "ljust", 0)


@strmethod("rjust")
def str_rjust(space, w_self, args):
    return _pad(space, w_self, args, "rjust", 1)


@strmethod("center")
def str_center(space, w_self, args):
    return _pad(space, w_self, args, "center", 2)


@strmethod("zfill")
def str_zfill(space, w_self, args):
    args.check(space, "zfill", 1, 1)
    s = _self(w_self)
    width = space.index_w(args.args_w[0])
    if len(s) >= width:
        return space.newtext(s)
    space.check_allocation(width, 1, 4)
    pad = width - len(s)
    if len(s) > 0 and (s[0] == u"+" or s[0] == u"-"):
        return space.newtext(s[0] + u"0" * pad + s[1:])
    return space.newtext(u"0" * pad + s)


def _partition(space, w_self, args, name, reverse):
    args.check(space, name, 1, 1)
    s = _self(w_self)
    sep = text_w(space, args.args_w[0], "separator")
    if len(sep) == 0:
        raise oefmt(space, space.w_ValueError, "empty separator")
    if reverse:
        i = s.rfind(sep)
    else:
        i = s.find(sep)
    if i < 0:
        if reverse:
            return space.newtuple([space.newtext(u""), space.newtext(u""), space.newtext(s)])
        return space.newtuple([space.newtext(s), space.newtext(u""), space.newtext(u"")])
    j = i + len(sep)
    assert i >= 0 and j >= 0
    return space.newtuple([space.newtext(s[:i]), space.newtext(sep), space.newtext(s[j:])])


@strmethod("partition")
def str_partition(space, w_self, args):
    return _partition(space, w_self, args, "partition", False)


@strmethod("rpartition")
def str_rpartition(space, w_self, args):
    return _partition(space, w_self, args, "rpartition", True)


W_StrObject.methods = str_methods


# --- methods added for the language issue ---------------------------------------

@strmethod("format")
def str_format(space, w_self, args):
    from rpython_sandbox.objects.formatting import str_format as do_format
    return do_format(space, _self(w_self), args)


@strmethod("format_map")
def str_format_map(space, w_self, args):
    from rpython_sandbox.objects.formatting import str_format_map as do_format_map
    args.check(space, "format_map", 1, 1)
    return do_format_map(space, _self(w_self), args.args_w[0])


def _final_sigma(s, i):
    """Is the capital sigma at i in the Final_Sigma context (CPython's
    handle_capital_sigma)?"""
    j = i - 1
    c = 0
    while j >= 0:
        c = ord(s[j])
        if not unicodedb.iscaseignorable(c):
            break
        j -= 1
    final = j >= 0 and unicodedb.iscased(c)
    if final and i + 1 < len(s):
        j = i + 1
        while j < len(s):
            c = ord(s[j])
            if not unicodedb.iscaseignorable(c):
                break
            j += 1
        final = j == len(s) or not unicodedb.iscased(c)
    return final


def append_lower(b, s, i):
    """Append the lower case of s[i] (full mapping, final sigma rule)."""
    c = ord(s[i])
    if c == 0x3a3:
        if _final_sigma(s, i):
            b.append(unichr(0x3c2))
        else:
            b.append(unichr(0x3c3))
        return
    _append_codes(b, unicodedb.tolower_full(c))


@strmethod("lower")
def str_lower_sigma(space, w_self, args):
    args.check(space, "lower", 0, 0)
    s = _self(w_self)
    b = UnicodeBuilder(len(s))
    for i in range(len(s)):
        space.check_interrupts_every(i)
        append_lower(b, s, i)
    return space.newtext(b.build())


@strmethod("capitalize")
def str_capitalize_sigma(space, w_self, args):
    args.check(space, "capitalize", 0, 0)
    s = _self(w_self)
    b = UnicodeBuilder(len(s))
    for i in range(len(s)):
        space.check_interrupts_every(i)
        if i == 0:
            _append_codes(b, unicodedb.totitle_full(ord(s[i])))
        else:
            append_lower(b, s, i)
    return space.newtext(b.build())


@strmethod("title")
def str_title_sigma(space, w_self, args):
    args.check(space, "title", 0, 0)
    s = _self(w_self)
    b = UnicodeBuilder(len(s))
    previous_cased = False
    for i in range(len(s)):
        space.check_interrupts_every(i)
        c = ord(s[i])
        if previous_cased:
            append_lower(b, s, i)
        else:
            _append_codes(b, unicodedb.totitle_full(c))
        previous_cased = unicodedb.iscased(c)
    return space.newtext(b.build())


@strmethod("swapcase")
def str_swapcase_sigma(space, w_self, args):
    args.check(space, "swapcase", 0, 0)
    s = _self(w_self)
    b = UnicodeBuilder(len(s))
    for i in range(len(s)):
        space.check_interrupts_every(i)
        c = ord(s[i])
        if unicodedb.isupper(c):
            append_lower(b, s, i)
        elif unicodedb.islower(c):
            _append_codes(b, unicodedb.toupper_full(c))
        else:
            b.append(s[i])
    return space.newtext(b.build())


@strmethod("casefold")
def str_casefold(space, w_self, args):
    args.check(space, "casefold", 0, 0)
    s = _self(w_self)
    b = UnicodeBuilder(len(s))
    for i in range(len(s)):
        space.check_interrupts_every(i)
        c = ord(s[i])
        folded = unicodedb.casefold_lookup(c)
        if folded is None:
            _append_codes(b, unicodedb.tolower_full(c))
        else:
            _append_codes(b, folded)
    return space.newtext(b.build())


@strmethod("istitle")
def str_istitle(space, w_self, args):
    args.check(space, "istitle", 0, 0)
    cased = False
    previous_cased = False
    for ch in _self(w_self):
        c = ord(ch)
        if unicodedb.isupper(c) or unicodedb.istitle(c):
            if previous_cased:
                return space.w_False
            previous_cased = True
            cased = True
        elif unicodedb.islower(c):
            if not previous_cased:
                return space.w_False
            previous_cased = True
            cased = True
        else:
            previous_cased = False
    return space.newbool(cased)


@strmethod("isidentifier")
def str_isidentifier(space, w_self, args):
    args.check(space, "isidentifier", 0, 0)
    s = _self(w_self)
    if len(s) == 0:
        return space.w_False
    c = ord(s[0])
    if not (unicodedb.isxidstart(c) or c == 0x5f):
        return space.w_False
    for i in range(1, len(s)):
        if not unicodedb.isxidcontinue(ord(s[i])):
            return space.w_False
    return space.w_True


@strmethod("expandtabs")
def str_expandtabs(space, w_self, args):
    args.check(space, "expandtabs", 0, 1, allow_kw=True)
    w_size = args.keyword(space, "expandtabs", "tabsize", space.newint(8), ["tabsize"])
    if len(args.args_w) == 1:
        w_size = args.args_w[0]
    tabsize = space.index_w(w_size)
    s = _self(w_self)
    # size first, so a huge tab size is refused before building
    total = 0
    column = 0
    for ch in s:
        if ch == u"\t":
            if tabsize > 0:
                incr = tabsize - column % tabsize
                total += incr
                column += incr
        else:
            total += 1
            column += 1
            if ch == u"\n" or ch == u"\r":
                column = 0
    space.check_allocation(total, 1, 4)
    b = UnicodeBuilder(total)
    column = 0
    for i in range(len(s)):
        space.check_interrupts_every(i)
        ch = s[i]
        if ch == u"\t":
            if tabsize > 0:
                incr = tabsize - column % tabsize
                b.append_multiple_char(u" ", incr)
                column += incr
        else:
            b.append(ch)
            column += 1
            if ch == u"\n" or ch == u"\r":
                column = 0
    return space.newtext(b.build())


@strmethod("removeprefix")
def str_removeprefix(space, w_self, args):
    args.check(space, "removeprefix", 1, 1)
    s = _self(w_self)
    prefix = text_w(space, args.args_w[0], "removeprefix() argument")
    if len(prefix) > 0 and s.startswith(prefix):
        return space.newtext(s[len(prefix):])
    return space.newtext(s)


@strmethod("removesuffix")
def str_removesuffix(space, w_self, args):
    args.check(space, "removesuffix", 1, 1)
    s = _self(w_self)
    suffix = text_w(space, args.args_w[0], "removesuffix() argument")
    if len(suffix) > 0 and s.endswith(suffix):
        end = len(s) - len(suffix)
        assert end >= 0
        return space.newtext(s[:end])
    return space.newtext(s)


@strmethod("translate")
def str_translate(space, w_self, args):
    from rpython_sandbox.error import OperationError
    args.check(space, "translate", 1, 1)
    w_table = args.args_w[0]
    s = _self(w_self)
    b = UnicodeBuilder(len(s))
    for i in range(len(s)):
        space.check_interrupts_every(i)
        ch = s[i]
        try:
            w_new = space.getitem(w_table, space.newint(ord(ch)))
        except OperationError as e:
            if not e.match(space, space.exception_types["LookupError"]):
                raise
            b.append(ch)
            continue
        if space.is_none(w_new):
            continue
        if isinstance(w_new, W_StrObject):
            b.append(w_new.value)
        elif space.is_index(w_new):
            c = space.index_w(w_new)
            if c < 0 or c > 0x10ffff:
                raise oefmt(space, space.w_ValueError,
                            "character mapping must be in range(0x110000)")
            b.append(unichr(c))
        else:
            raise oefmt(space, space.w_TypeError,
                        "character mapping must return integer, None or str")
    return space.newtext(b.build())


@type_function("str.maketrans")
def str_maketrans(space, args):
    from rpython_sandbox.objects.dictobject import W_DictObject
    args.check(space, "maketrans", 1, 3)
    w_x = args.args_w[0]
    w_result = W_DictObject()
    if len(args.args_w) == 1:
        if not isinstance(w_x, W_DictObject):
            raise oefmt(space, space.w_TypeError,
                        "if you give only one argument to maketrans it must be a dict")
        for w_key in space.unpack_iterable(w_x):
            w_value = space.getitem(w_x, w_key)
            if isinstance(w_key, W_StrObject):
                if len(w_key.value) != 1:
                    raise oefmt(space, space.w_ValueError,
                                "string keys in translate table must be of length 1")
                w_key = space.newint(ord(w_key.value[0]))
            elif not space.is_index(w_key):
                raise oefmt(space, space.w_TypeError,
                            "keys in translate table must be strings or integers")
            space.setitem(w_result, w_key, w_value)
        return w_result
    x = text_w(space, w_x, "maketrans() argument 1")
    y = text_w(space, args.args_w[1], "maketrans() argument 2")
    if len(x) != len(y):
        raise oefmt(space, space.w_ValueError,
                    "the first two maketrans arguments must have equal length")
    for i in range(len(x)):
        space.check_interrupts_every(i)
        space.setitem(w_result, space.newint(ord(x[i])), space.newint(ord(y[i])))
    if len(args.args_w) == 3:
        z = text_w(space, args.args_w[2], "maketrans() argument 3")
        for i in range(len(z)):
            space.check_interrupts_every(i)
            space.setitem(w_result, space.newint(ord(z[i])), space.w_None)
    return w_result


def _codec_args(space, args, fname, first):
    args.check(space, fname, 0, 2, allow_kw=True)
    allowed = ["encoding", "errors"]
    w_enc = args.keyword(space, fname, "encoding", None, allowed)
    w_err = args.keyword(space, fname, "errors", None, allowed)
    if len(args.args_w) >= 1:
        w_enc = args.args_w[0]
    if len(args.args_w) >= 2:
        w_err = args.args_w[1]
    encoding = "utf-8"
    errors = "strict"
    from rpython_sandbox.wire import encode_utf8
    if w_enc is not None:
        encoding = encode_utf8(text_w(space, w_enc, "%s() argument 'encoding'" % fname))
    if w_err is not None:
        errors = encode_utf8(text_w(space, w_err, "%s() argument 'errors'" % fname))
    return encoding, errors


@strmethod("encode")
def str_encode(space, w_self, args):
    from rpython_sandbox.objects import codecs
    encoding, errors = _codec_args(space, args, "encode", 0)
    codec = codecs.lookup_codec(space, encoding)
    s = _self(w_self)
    space.check_allocation(len(s), 4, 1)
    return space.newbytes(codecs.encode(space, s, codec, errors))
