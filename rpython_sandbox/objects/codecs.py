"""str.encode and bytes.decode for the codecs a script needs: utf-8, ascii
and latin-1, with the 'strict', 'ignore' and 'replace' error handlers and
CPython's error messages."""

from rpython.rlib.rstring import StringBuilder, UnicodeBuilder

from rpython_sandbox.error import oefmt, OperationError
from rpython_sandbox.objects.strobject import escape_char

UTF8 = 0
ASCII = 1
LATIN1 = 2


def lookup_codec(space, name):
    norm = name.lower().replace("_", "-").replace(" ", "-")
    if norm in ("utf-8", "utf8", "u8", "utf", "cp65001"):
        return UTF8
    if norm in ("ascii", "us-ascii", "646"):
        return ASCII
    if norm in ("latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin"):
        return LATIN1
    raise oefmt(space, space.exception_types["LookupError"], "unknown encoding: %s", name)


CODEC_NAMES = ["utf-8", "ascii", "latin-1"]


def _check_errors(space, errors):
    if errors != "strict" and errors != "ignore" and errors != "replace":
        raise oefmt(space, space.exception_types["LookupError"],
                    "unknown error handler name '%s'", errors)


def encode(space, u, codec, errors):
    """The bytes of unicode u in codec."""
    limit = 0x110000
    if codec == ASCII:
        limit = 128
    elif codec == LATIN1:
        limit = 256
    b = StringBuilder(len(u))
    i = 0
    n = len(u)
    while i < n:
        space.check_interrupts_every(i)
        c = ord(u[i])
        bad = c >= limit or (codec == UTF8 and 0xd800 <= c <= 0xdfff)
        if not bad:
            if codec == UTF8:
                _utf8_append(b, c)
            else:
                b.append(chr(c))
            i += 1
            continue
        # a run of characters this codec cannot encode
        j = i + 1
        while j < n and _unencodable(ord(u[j]), codec, limit):
            j += 1
        if errors == "strict":
            _encode_error(space, u, codec, i, j)
        _check_errors(space, errors)
        if errors == "replace":
            for k in range(j - i):
                b.append("?")
        i = j
    return b.build()


def _unencodable(c, codec, limit):
    return c >= limit or (codec == UTF8 and 0xd800 <= c <= 0xdfff)


def _utf8_append(b, c):
    if c < 0x80:
        b.append(chr(c))
    elif c < 0x800:
        b.append(chr(0xc0 | (c >> 6)))
        b.append(chr(0x80 | (c & 0x3f)))
    elif c < 0x10000:
        b.append(chr(0xe0 | (c >> 12)))
        b.append(chr(0x80 | ((c >> 6) & 0x3f)))
        b.append(chr(0x80 | (c & 0x3f)))
    else:
        b.append(chr(0xf0 | (c >> 18)))
        b.append(chr(0x80 | ((c >> 12) & 0x3f)))
        b.append(chr(0x80 | ((c >> 6) & 0x3f)))
        b.append(chr(0x80 | (c & 0x3f)))


def _encode_error(space, u, codec, start, end):
    name = CODEC_NAMES[codec]
    if codec == UTF8:
        reason = "surrogates not allowed"
    elif codec == ASCII:
        reason = "ordinal not in range(128)"
    else:
        reason = "ordinal not in range(256)"
    if end - start == 1:
        msg = "'%s' codec can't encode character '%s' in position %d: %s" % (
            name, escape_char(ord(u[start])), start, reason)
    else:
        msg = "'%s' codec can't encode characters in position %d-%d: %s" % (
            name, start, end - 1, reason)
    raise OperationError(space.new_exception(space.exception_types["UnicodeEncodeError"],
                                             [space.newtext(unicode(msg))]))


def _decode_error(space, s, codec, start, end, reason):
    name = CODEC_NAMES[codec]
    if end - start == 1:
        msg = "'%s' codec can't decode byte 0x%s in position %d: %s" % (
            name, escape_char(ord(s[start]))[2:], start, reason)
    else:
        msg = "'%s' codec can't decode bytes in position %d-%d: %s" % (
            name, start, end - 1, reason)
    raise OperationError(space.new_exception(space.exception_types["UnicodeDecodeError"],
                                             [space.newtext(unicode(msg))]))


def _cont(s, i):
    return i < len(s) and (ord(s[i]) & 0xc0) == 0x80


def decode(space, s, codec, errors):
    b = UnicodeBuilder(len(s))
    n = len(s)
    i = 0
    while i < n:
        space.check_interrupts_every(i)
        c = ord(s[i])
        if c < 0x80:
            b.append(unichr(c))
            i += 1
            continue
        if codec == LATIN1:
            b.append(unichr(c))
            i += 1
            continue
        if codec == ASCII:
            end = i + 1
            reason = "ordinal not in range(128)"
        else:
            end, reason, value = _utf8_sequence(s, i)
            if reason is None:
                b.append(unichr(value))
                i = end
                continue
        if errors == "strict":
            _decode_error(space, s, codec, i, end, reason)
        _check_errors(space, errors)
        if errors == "replace":
            b.append(u"\ufffd")
        i = end
    return b.build()


def _utf8_sequence(s, i):
    """(end, error reason or None, code point) of the UTF-8 sequence at i,
    with CPython's maximal-subpart rule for the error's end."""
    n = len(s)
    c = ord(s[i])
    if 0xc2 <= c <= 0xdf:
        need = 1
        lo, hi = 0x80, 0xbf
        value = c & 0x1f
    elif 0xe0 <= c <= 0xef:
        need = 2
        lo, hi = 0x80, 0xbf
        if c == 0xe0:
            lo = 0xa0
        elif c == 0xed:
            hi = 0x9f
        value = c & 0x0f
    elif 0xf0 <= c <= 0xf4:
        need = 3
        lo, hi = 0x80, 0xbf
        if c == 0xf0:
            lo = 0x90
        elif c == 0xf4:
            hi = 0x8f
        value = c & 0x07
    else:
        return i + 1, "invalid start byte", 0
    for k in range(1, need + 1):
        if i + k >= n:
            return n, "unexpected end of data", 0
        d = ord(s[i + k])
        if k == 1:
            ok = lo <= d <= hi
        else:
            ok = 0x80 <= d <= 0xbf
        if not ok:
            return i + k, "invalid continuation byte", 0
        value = (value << 6) | (d & 0x3f)
    return i + need + 1, None, value
