"""The methods of bytes (ASCII semantics, as CPython's bytes), plus
bytes.fromhex.  Installed on W_BytesObject when imported."""

from rpython.rlib import rstring
from rpython.rlib.rstring import StringBuilder

from rpython_sandbox.error import oefmt
from rpython_sandbox.objects.functionobject import method_table
from rpython_sandbox.objects.bytesobject import W_BytesObject
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.typeattrs import type_function

bytes_methods, bytesmethod = method_table()

HEX = "0123456789abcdef"


def _self(w_self):
    assert isinstance(w_self, W_BytesObject)
    return w_self.value


def bytes_arg(space, w_obj, fname):
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    from rpython_sandbox.objects.bytearrayobject import W_BytearrayObject
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.bytes_value()
    raise oefmt(space, space.w_TypeError,
                "a bytes-like object is required, not '%s'", w_obj.typename)


def _sub_arg(space, w_obj):
    """A search argument: bytes or an int in range(256)."""
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    from rpython_sandbox.objects.bytearrayobject import W_BytearrayObject
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.bytes_value()
    if space.is_index(w_obj):
        c = space.index_w(w_obj)
        if c < 0 or c > 255:
            raise oefmt(space, space.w_ValueError, "byte must be in range(0, 256)")
        return chr(c)
    raise oefmt(space, space.w_TypeError,
                "argument should be integer or bytes-like object, not '%s'", w_obj.typename)


def _start_end(space, args, first, length):
    start = 0
    end = length
    if len(args.args_w) > first and not space.is_none(args.args_w[first]):
        start = space.index_w(args.args_w[first])
    if len(args.args_w) > first + 1 and not space.is_none(args.args_w[first + 1]):
        end = space.index_w(args.args_w[first + 1])
    if start < 0:
        start = max(0, start + length)
    if end > length:
        end = length
    elif end < 0:
        end = max(0, end + length)
    return start, end


@bytesmethod("decode")
def bytes_decode(space, w_self, args):
    from rpython_sandbox.objects import codecs
    from rpython_sandbox.objects.strobject import _codec_args
    encoding, errors = _codec_args(space, args, "decode", 0)
    codec = codecs.lookup_codec(space, encoding)
    s = _self(w_self)
    space.check_allocation(len(s), 1, 4)
    return space.newtext(codecs.decode(space, s, codec, errors))


@bytesmethod("hex")
def bytes_hex(space, w_self, args):
    args.check(space, "hex", 0, 2, allow_kw=True)
    allowed = ["sep", "bytes_per_sep"]
    w_sep = args.keyword(space, "hex", "sep", None, allowed)
    w_per = args.keyword(space, "hex", "bytes_per_sep", None, allowed)
    if len(args.args_w) >= 1:
        w_sep = args.args_w[0]
    if len(args.args_w) >= 2:
        w_per = args.args_w[1]
    s = _self(w_self)
    sep = ""
    if w_sep is not None:
        if isinstance(w_sep, W_StrObject):
            from rpython_sandbox.wire import encode_utf8
            sep = encode_utf8(w_sep.value)
        else:
            sep = bytes_arg(space, w_sep, "hex")
        if len(sep) != 1:
            raise oefmt(space, space.w_ValueError, "sep must be length 1.")
    per = 1
    if w_per is not None:
        per = space.index_w(w_per)
    space.check_allocation(len(s), 3, 1)
    b = StringBuilder(len(s) * 3)
    n = len(s)
    every = per if per > 0 else -per
    for i in range(n):
        space.check_interrupts_every(i)
        if sep and i > 0 and every > 0:
            # groups are counted from the right for a positive bytes_per_sep
            if per > 0 and (n - i) % every == 0:
                b.append(sep)
            elif per < 0 and i % every == 0:
                b.append(sep)
        c = ord(s[i])
        b.append(HEX[c >> 4])
        b.append(HEX[c & 15])
    return space.newtext(unicode(b.build()))


def _hexval(ch):
    if "0" <= ch <= "9":
        return ord(ch) - 48
    if "a" <= ch <= "f":
        return ord(ch) - 87
    if "A" <= ch <= "F":
        return ord(ch) - 55
    return -1


@type_function("bytes.fromhex")
def bytes_fromhex(space, args):
    args.check(space, "fromhex", 1, 1)
    w_s = args.args_w[0]
    if not isinstance(w_s, W_StrObject):
        raise oefmt(space, space.w_TypeError,
                    "fromhex() argument must be str, not %s", w_s.typename)
    s = w_s.value
    b = StringBuilder(len(s) // 2)
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == u" " or ch == u"\t" or ch == u"\n" or ch == u"\r" or ch == u"\x0b" or ch == u"\x0c":
            i += 1
            continue
        hi = _hexval(chr(ord(ch))) if ord(ch) < 128 else -1
        if hi < 0:
            raise oefmt(space, space.w_ValueError,
                        "non-hexadecimal number found in fromhex() arg at position %d", i)
        if i + 1 >= n:
            raise oefmt(space, space.w_ValueError,
                        "non-hexadecimal number found in fromhex() arg at position %d", i + 1)
        ch2 = s[i + 1]
        lo = _hexval(chr(ord(ch2))) if ord(ch2) < 128 else -1
        if lo < 0:
            raise oefmt(space, space.w_ValueError,
                        "non-hexadecimal number found in fromhex() arg at position %d", i + 1)
        b.append(chr(hi * 16 + lo))
        i += 2
    return space.newbytes(b.build())


def _find(space, w_self, args, name, reverse):
    args.check(space, name, 1, 3)
    s = _self(w_self)
    sub = _sub_arg(space, args.args_w[0])
    start, end = _start_end(space, args, 1, len(s))
    if start > end:
        return -1
    space.charge_work((end - start) // 64 + 1)
    if reverse:
        return s.rfind(sub, start, end)
    return s.find(sub, start, end)


@bytesmethod("find")
def bytes_find(space, w_self, args):
    return space.newint(_find(space, w_self, args, "find", False))


@bytesmethod("rfind")
def bytes_rfind(space, w_self, args):
    return space.newint(_find(space, w_self, args, "rfind", True))


@bytesmethod("index")
def bytes_index(space, w_self, args):
    i = _find(space, w_self, args, "index", False)
    if i < 0:
        raise oefmt(space, space.w_ValueError, "subsection not found")
    return space.newint(i)


@bytesmethod("rindex")
def bytes_rindex(space, w_self, args):
    i = _find(space, w_self, args, "rindex", True)
    if i < 0:
        raise oefmt(space, space.w_ValueError, "subsection not found")
    return space.newint(i)


@bytesmethod("count")
def bytes_count(space, w_self, args):
    args.check(space, "count", 1, 3)
    s = _self(w_self)
    sub = _sub_arg(space, args.args_w[0])
    start, end = _start_end(space, args, 1, len(s))
    if start > end:
        return space.newint(0)
    space.charge_work((end - start) // 64 + 1)
    return space.newint(s.count(sub, start, end))


def _affix(space, w_self, args, name, at_end):
    args.check(space, name, 1, 3)
    s = _self(w_self)
    start, end = _start_end(space, args, 1, len(s))
    w_arg = args.args_w[0]
    from rpython_sandbox.objects.tupleobject import W_TupleObject
    if isinstance(w_arg, W_TupleObject):
        affixes = [bytes_arg(space, w, name) for w in w_arg.items_w]
    elif isinstance(w_arg, W_BytesObject):
        affixes = [w_arg.value]
    else:
        from rpython_sandbox.objects.bytearrayobject import W_BytearrayObject
        if not isinstance(w_arg, W_BytearrayObject):
            raise oefmt(space, space.w_TypeError,
                        "%s first arg must be bytes or a tuple of bytes, not %s", name,
                        w_arg.typename)
        affixes = [w_arg.bytes_value()]
    for affix in affixes:
        if at_end:
            if rstring.endswith(s, affix, start, end):
                return space.w_True
        elif rstring.startswith(s, affix, start, end):
            return space.w_True
    return space.w_False


@bytesmethod("startswith")
def bytes_startswith(space, w_self, args):
    return _affix(space, w_self, args, "startswith", False)


@bytesmethod("endswith")
def bytes_endswith(space, w_self, args):
    return _affix(space, w_self, args, "endswith", True)


@bytesmethod("join")
def bytes_join(space, w_self, args):
    args.check(space, "join", 1, 1)
    sep = _self(w_self)
    items_w = space.unpack_iterable(args.args_w[0])
    total = 0
    parts = []
    for i in range(len(items_w)):
        space.check_interrupts_every(i)
        w_item = items_w[i]
        from rpython_sandbox.objects.bytearrayobject import bytes_like
        value = bytes_like(w_item)
        if value is None:
            raise oefmt(space, space.w_TypeError,
                        "sequence item %d: expected a bytes-like object, %s found",
                        i, w_item.typename)
        parts.append(value)
        total += len(value) + len(sep)
    space.check_allocation(total, 1, 1)
    return space.newbytes(sep.join(parts))


@bytesmethod("replace")
def bytes_replace(space, w_self, args):
    args.check(space, "replace", 2, 3)
    old = bytes_arg(space, args.args_w[0], "replace")
    new = bytes_arg(space, args.args_w[1], "replace")
    count = -1
    if len(args.args_w) == 3:
        count = space.index_w(args.args_w[2])
    s = _self(w_self)
    if len(new) > len(old):
        space.check_allocation(len(s) + 1, len(new) + 1, 1)
    space.charge_work(len(s) // 64 + 1)
    return space.newbytes(rstring.replace(s, old, new, count))


def _is_space(ch):
    return ch == " " or ch == "\t" or ch == "\n" or ch == "\r" or ch == "\x0b" or ch == "\x0c"


def _split(space, w_self, args, name, from_right):
    args.check(space, name, 0, 2, allow_kw=True)
    w_sep = args.keyword(space, name, "sep", space.w_None, ["sep", "maxsplit"])
    w_max = args.keyword(space, name, "maxsplit", space.w_None, ["sep", "maxsplit"])
    if len(args.args_w) >= 1:
        w_sep = args.args_w[0]
    if len(args.args_w) >= 2:
        w_max = args.args_w[1]
    maxsplit = -1
    if not space.is_none(w_max):
        maxsplit = space.index_w(w_max)
    s = _self(w_self)
    space.charge_work(len(s) // 64 + 1)
    if space.is_none(w_sep):
        parts = _split_ws(s, maxsplit, from_right)
    else:
        sep = bytes_arg(space, w_sep, name)
        if len(sep) == 0:
            raise oefmt(space, space.w_ValueError, "empty separator")
        if from_right:
            parts = rstring.rsplit(s, sep, maxsplit)
        else:
            parts = rstring.split(s, sep, maxsplit)
    return space.newlist([space.newbytes(p) for p in parts])


def _split_ws(s, maxsplit, from_right):
    parts = []
    n = len(s)
    if not from_right:
        i = 0
        while True:
            while i < n and _is_space(s[i]):
                i += 1
            if i >= n:
                break
            if maxsplit == 0:
                assert i >= 0
                parts.append(s[i:n])
                break
            j = i
            while j < n and not _is_space(s[j]):
                j += 1
            assert i >= 0 and j >= i
            parts.append(s[i:j])
            maxsplit -= 1
            i = j
        return parts
    j = n
    while True:
        while j > 0 and _is_space(s[j - 1]):
            j -= 1
        if j <= 0:
            break
        if maxsplit == 0:
            assert j >= 0
            parts.append(s[0:j])
            break
        i = j
        while i > 0 and not _is_space(s[i - 1]):
            i -= 1
        assert i >= 0 and j >= i
        parts.append(s[i:j])
        maxsplit -= 1
        j = i
    parts.reverse()
    return parts


@bytesmethod("split")
def bytes_split(space, w_self, args):
    return _split(space, w_self, args, "split", False)


@bytesmethod("rsplit")
def bytes_rsplit(space, w_self, args):
    return _split(space, w_self, args, "rsplit", True)


def _strip(space, w_self, args, name, left, right):
    args.check(space, name, 0, 1)
    s = _self(w_self)
    chars = None
    if len(args.args_w) == 1 and not space.is_none(args.args_w[0]):
        chars = bytes_arg(space, args.args_w[0], name)
    lpos = 0
    rpos = len(s)
    if left:
        while lpos < rpos and _strip_char(s[lpos], chars):
            lpos += 1
    if right:
        while rpos > lpos and _strip_char(s[rpos - 1], chars):
            rpos -= 1
    assert rpos >= lpos >= 0
    return space.newbytes(s[lpos:rpos])


def _strip_char(ch, chars):
    if chars is None:
        return _is_space(ch)
    return chars.find(ch) >= 0


@bytesmethod("strip")
def bytes_strip(space, w_self, args):
    return _strip(space, w_self, args, "strip", True, True)


@bytesmethod("lstrip")
def bytes_lstrip(space, w_self, args):
    return _strip(space, w_self, args, "lstrip", True, False)


@bytesmethod("rstrip")
def bytes_rstrip(space, w_self, args):
    return _strip(space, w_self, args, "rstrip", False, True)


def _map_ascii(space, w_self, args, name, mode):
    args.check(space, name, 0, 0)
    s = _self(w_self)
    b = StringBuilder(len(s))
    previous_cased = False
    for i in range(len(s)):
        space.check_interrupts_every(i)
        ch = s[i]
        is_upper = "A" <= ch <= "Z"
        is_lower = "a" <= ch <= "z"
        if mode == 0:                   # upper
            make_upper = is_lower
            make_lower = False
        elif mode == 1:                 # lower
            make_upper = False
            make_lower = is_upper
        elif mode == 2:                 # swapcase
            make_upper = is_lower
            make_lower = is_upper
        elif mode == 3:                 # title
            make_upper = is_lower and not previous_cased
            make_lower = is_upper and previous_cased
        else:                           # capitalize
            make_upper = is_lower and i == 0
            make_lower = is_upper and i > 0
        if make_upper:
            b.append(chr(ord(ch) - 32))
        elif make_lower:
            b.append(chr(ord(ch) + 32))
        else:
            b.append(ch)
        previous_cased = is_upper or is_lower
    return space.newbytes(b.build())


@bytesmethod("upper")
def bytes_upper(space, w_self, args):
    return _map_ascii(space, w_self, args, "upper", 0)


@bytesmethod("lower")
def bytes_lower(space, w_self, args):
    return _map_ascii(space, w_self, args, "lower", 1)


@bytesmethod("swapcase")
def bytes_swapcase(space, w_self, args):
    return _map_ascii(space, w_self, args, "swapcase", 2)


@bytesmethod("title")
def bytes_title(space, w_self, args):
    return _map_ascii(space, w_self, args, "title", 3)


@bytesmethod("capitalize")
def bytes_capitalize(space, w_self, args):
    return _map_ascii(space, w_self, args, "capitalize", 4)


def _class_method(name, kind):
    def method(space, w_self, args):
        args.check(space, name, 0, 0)
        s = _self(w_self)
        if len(s) == 0:
            return space.w_False
        if kind == 4 or kind == 5:      # isupper / islower: cased rule
            cased = False
            for ch in s:
                if kind == 4 and "a" <= ch <= "z":
                    return space.w_False
                if kind == 5 and "A" <= ch <= "Z":
                    return space.w_False
                if "a" <= ch <= "z" or "A" <= ch <= "Z":
                    cased = True
            return space.newbool(cased)
        for ch in s:
            digit = "0" <= ch <= "9"
            alpha = "a" <= ch <= "z" or "A" <= ch <= "Z"
            if kind == 0:
                ok = digit
            elif kind == 1:
                ok = alpha
            elif kind == 2:
                ok = digit or alpha
            elif kind == 3:
                ok = _is_space(ch)
            else:
                ok = ord(ch) < 128
            if not ok:
                return space.w_False
        return space.w_True
    method.func_name = "bytes_" + name
    bytesmethod(name)(method)


_class_method("isdigit", 0)
_class_method("isalpha", 1)
_class_method("isalnum", 2)
_class_method("isspace", 3)
_class_method("isupper", 4)
_class_method("islower", 5)


@bytesmethod("isascii")
def bytes_isascii(space, w_self, args):
    args.check(space, "isascii", 0, 0)
    for ch in _self(w_self):
        if ord(ch) >= 128:
            return space.w_False
    return space.w_True


def _partition(space, w_self, args, name, reverse):
    args.check(space, name, 1, 1)
    s = _self(w_self)
    sep = bytes_arg(space, args.args_w[0], name)
    if len(sep) == 0:
        raise oefmt(space, space.w_ValueError, "empty separator")
    if reverse:
        i = s.rfind(sep)
    else:
        i = s.find(sep)
    if i < 0:
        if reverse:
            return space.newtuple([space.newbytes(""), space.newbytes(""), space.newbytes(s)])
        return space.newtuple([space.newbytes(s), space.newbytes(""), space.newbytes("")])
    j = i + len(sep)
    assert i >= 0 and j >= 0
    return space.newtuple([space.newbytes(s[:i]), space.newbytes(sep), space.newbytes(s[j:])])


@bytesmethod("partition")
def bytes_partition(space, w_self, args):
    return _partition(space, w_self, args, "partition", False)


@bytesmethod("rpartition")
def bytes_rpartition(space, w_self, args):
    return _partition(space, w_self, args, "rpartition", True)


@bytesmethod("removeprefix")
def bytes_removeprefix(space, w_self, args):
    args.check(space, "removeprefix", 1, 1)
    s = _self(w_self)
    prefix = bytes_arg(space, args.args_w[0], "removeprefix")
    if len(prefix) > 0 and s.startswith(prefix):
        start = len(prefix)
        assert start >= 0
        return space.newbytes(s[start:])
    return space.newbytes(s)


@bytesmethod("removesuffix")
def bytes_removesuffix(space, w_self, args):
    args.check(space, "removesuffix", 1, 1)
    s = _self(w_self)
    suffix = bytes_arg(space, args.args_w[0], "removesuffix")
    if len(suffix) > 0 and s.endswith(suffix):
        end = len(s) - len(suffix)
        assert end >= 0
        return space.newbytes(s[:end])
    return space.newbytes(s)


def _pad(space, w_self, args, name, where):
    args.check(space, name, 1, 2)
    s = _self(w_self)
    width = space.index_w(args.args_w[0])
    fill = " "
    if len(args.args_w) == 2:
        fill = bytes_arg(space, args.args_w[1], name)
        if len(fill) != 1:
            raise oefmt(space, space.w_TypeError,
                        "%s() argument 2 must be a byte string of length 1, not bytes", name)
    pad = width - len(s)
    if pad <= 0:
        return space.newbytes(s)
    space.check_allocation(width, 1, 1)
    if where == 0:
        left = 0
    elif where == 1:
        left = pad
    else:
        left = pad // 2 + (pad & width & 1)
    return space.newbytes(fill * left + s + fill * (pad - left))


@bytesmethod("ljust")
def bytes_ljust(space, w_self, args):
    return _pad(space, w_self, args, "ljust", 0)


@bytesmethod("rjust")
def bytes_rjust(space, w_self, args):
    return _pad(space, w_self, args, "rjust", 1)


@bytesmethod("center")
def bytes_center(space, w_self, args):
    return _pad(space, w_self, args, "center", 2)


@bytesmethod("zfill")
def bytes_zfill(space, w_self, args):
    args.check(space, "zfill", 1, 1)
    s = _self(w_self)
    width = space.index_w(args.args_w[0])
    if len(s) >= width:
        return space.newbytes(s)
    space.check_allocation(width, 1, 1)
    pad = width - len(s)
    if len(s) > 0 and (s[0] == "+" or s[0] == "-"):
        return space.newbytes(s[0] + "0" * pad + s[1:])
    return space.newbytes("0" * pad + s)


@bytesmethod("splitlines")
def bytes_splitlines(space, w_self, args):
    args.check(space, "splitlines", 0, 1, allow_kw=True)
    w_keep = args.keyword(space, "splitlines", "keepends", space.w_False, ["keepends"])
    if len(args.args_w) == 1:
        w_keep = args.args_w[0]
    keepends = space.is_true(w_keep)
    s = _self(w_self)
    parts_w = []
    i = 0
    n = len(s)
    while i < n:
        space.check_interrupts_every(len(parts_w))
        j = i
        while j < n and s[j] != "\n" and s[j] != "\r":
            j += 1
        eol = j
        if j < n:
            if s[j] == "\r" and j + 1 < n and s[j + 1] == "\n":
                j += 2
            else:
                j += 1
            if keepends:
                eol = j
        assert i >= 0 and eol >= i
        parts_w.append(space.newbytes(s[i:eol]))
        i = j
    return space.newlist(parts_w)


W_BytesObject.methods = bytes_methods
