"""The sandbox's `_json` module: the core of `json` in RPython, as
CPython's C accelerator is the core of its json package.  The Python API
(json.dumps, JSONEncoder, JSONDecodeError, ...) is untrusted_stdlib/json.py,
which calls the two functions here:

    encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan,
           sort_keys, indent, item_separator, key_separator, default) -> str
    decode(s, idx, whole, error_class, strict, object_hook,
           object_pairs_hook, parse_float, parse_int, parse_constant)
           -> (obj, end)

The output, the messages and the positions of errors are CPython 3.11's
(its C encoder and scanner; with an indent, CPython's Python encoder, whose
message for NaN names the value).  Long work charges the interrupt checks,
the text being built and the containers being filled are visible to the
memory pool (pool.Accountant.scratch_w / scratch_bytes), and nesting counts
against the sandbox's recursion limit."""

from rpython.rlib import jit, rfloat
from rpython.rlib.rstring import UnicodeBuilder
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rarithmetic import ovfcheck

from rpython_sandbox.error import oefmt, OperationError
from rpython_sandbox.objects.moduleobject import W_ModuleObject
from rpython_sandbox.objects.functionobject import W_BuiltinFunction
from rpython_sandbox.objects.intobject import W_IntObject, W_BoolObject
from rpython_sandbox.objects.longobject import W_LongObject
from rpython_sandbox.objects.floatobject import W_FloatObject, float_repr
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.listobject import W_ListObject
from rpython_sandbox.objects.tupleobject import W_TupleObject
from rpython_sandbox.objects.dictobject import W_DictObject
from rpython_sandbox.objects.noneobject import W_NoneObject

MAX_INT_DIGITS = 4300       # CPython 3.11's int_max_str_digits
RESERVE_CHUNK = 1 << 16     # output characters between two memory checks
HEX = u"0123456789abcdef"


# --- recursion ---------------------------------------------------------------------

def enter_recursion(space, what):
    interp = space.interp
    if interp is None:
        return
    if interp.depth >= interp.recursion_limit:
        raise oefmt(space, space.w_RecursionError, "maximum recursion depth exceeded%s", what)
    interp.depth += 1


def leave_recursion(space):
    if space.interp is not None:
        space.interp.depth -= 1


def push_scratch(space, w_obj):
    if space.accountant is not None:
        space.accountant.scratch_w.append(w_obj)


def pop_scratch(space):
    if space.accountant is not None:
        space.accountant.scratch_w.pop()


# --- encoding ---------------------------------------------------------------------------

class Encoder(object):
    def __init__(self, space, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys,
                 indent, item_sep, key_sep, w_default):
        self.space = space
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent            # unicode or None
        self.item_sep = item_sep
        self.key_sep = key_sep
        self.w_default = w_default      # None: TypeError for unknown objects
        self.out = UnicodeBuilder()
        self.markers = []               # the containers on the path (check_circular)
        self.reserved = 0               # output characters told to the pool
        self.steps = 0

    def reserve(self):
        """Tell the pool about the text built so far (it is not reachable
        from any root until it becomes the result)."""
        n = self.out.getlength()
        if n - self.reserved >= RESERVE_CHUNK:
            space = self.space
            space.check_allocation(n - self.reserved, 1, 4)
            if space.accountant is not None:
                space.accountant.scratch_bytes += (n - self.reserved) * 4
            self.reserved = n

    def step(self):
        self.steps += 1
        self.space.check_interrupts_every(self.steps)
        self.reserve()

    def finish(self):
        if self.space.accountant is not None:
            self.space.accountant.scratch_bytes -= self.reserved * 4
        self.reserved = 0

    # --- scalars -----------------------------------------------------------------------
    def float_text(self, w_float):
        x = w_float.floatval
        if rfloat.isfinite(x):
            return unicode(float_repr(x))
        if x != x:
            text = u"NaN"
        elif x > 0:
            text = u"Infinity"
        else:
            text = u"-Infinity"
        if not self.allow_nan:
            space = self.space
            if self.indent is None:
                raise oefmt(space, space.w_ValueError,
                            "Out of range float values are not JSON compliant")
            raise oefmt(space, space.w_ValueError,
                        "Out of range float values are not JSON compliant: %s", float_repr(x))
        return text

    def int_text(self, w_int):
        if isinstance(w_int, W_IntObject):
            return unicode(str(w_int.intval))
        assert isinstance(w_int, W_LongObject)
        return self.space.bigint_to_decimal(w_int.num)

    def string(self, s):
        write_string(self.out, s, self.ensure_ascii)
        if len(s) >= RESERVE_CHUNK:
            self.reserve()

    # --- values --------------------------------------------------------------------------
    def encode(self, w_obj, level):
        space = self.space
        self.step()
        if isinstance(w_obj, W_StrObject):
            self.string(w_obj.value)
        elif w_obj is space.w_None:
            self.out.append(u"null")
        elif w_obj is space.w_True:
            self.out.append(u"true")
        elif w_obj is space.w_False:
            self.out.append(u"false")
        elif isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
            self.out.append(self.int_text(w_obj))
        elif isinstance(w_obj, W_FloatObject):
            self.out.append(self.float_text(w_obj))
        elif isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_TupleObject):
            self.enter(w_obj, " while encoding a JSON object")
            try:
                if isinstance(w_obj, W_ListObject):
                    self.sequence(w_obj.items_w, level)
                else:
                    assert isinstance(w_obj, W_TupleObject)
                    self.sequence(w_obj.items_w, level)
            finally:
                self.leave(w_obj)
        elif isinstance(w_obj, W_DictObject):
            self.enter(w_obj, " while encoding a JSON object")
            try:
                self.mapping(w_obj, level)
            finally:
                self.leave(w_obj)
        else:
            self.other(w_obj, level)

    def enter(self, w_obj, what):
        space = self.space
        if self.check_circular:
            for w_x in self.markers:
                if w_x is w_obj:
                    raise oefmt(space, space.w_ValueError, "Circular reference detected")
        enter_recursion(space, what)
        self.markers.append(w_obj)

    def leave(self, w_obj):
        self.markers.pop()
        leave_recursion(self.space)

    def other(self, w_obj, level):
        space = self.space
        if self.w_default is None:
            raise oefmt(space, space.w_TypeError, "Object of type %s is not JSON serializable",
                        space.type_name_of(w_obj))
        self.enter(w_obj, " while encoding a JSON object")
        try:
            w_new = space.call_function(self.w_default, [w_obj])
            self.encode(w_new, level)
        finally:
            self.leave(w_obj)

    def newline(self, level):
        self.out.append(u"\n")
        indent = self.indent
        assert indent is not None
        for i in range(level):
            self.out.append(indent)
            self.reserve()

    def sequence(self, items_w, level):
        if len(items_w) == 0:
            self.out.append(u"[]")
            return
        self.out.append(u"[")
        if self.indent is not None:
            level += 1
            self.newline(level)
        i = 0
        while i < len(items_w):       # the list may change under a default hook
            if i > 0:
                self.out.append(self.item_sep)
                if self.indent is not None:
                    self.newline(level)
            self.encode(items_w[i], level)
            i += 1
        if self.indent is not None:
            self.newline(level - 1)
        self.out.append(u"]")

    def mapping(self, w_dict, level):
        space = self.space
        if len(w_dict.data) == 0:
            self.out.append(u"{}")
            return
        items = w_dict.data.items()
        if self.sort_keys:
            sort_items(space, items)
        self.out.append(u"{")
        if self.indent is not None:
            level += 1
            self.newline(level)
        first = True
        for w_key, w_value in items:
            key = self.key_text(w_key)
            if key is None:
                continue            # skipkeys
            if not first:
                self.out.append(self.item_sep)
                if self.indent is not None:
                    self.newline(level)
            first = False
            self.string(key)
            self.out.append(self.key_sep)
            self.encode(w_value, level)
        if self.indent is not None:
            self.newline(level - 1)
        self.out.append(u"}")

    def key_text(self, w_key):
        space = self.space
        if isinstance(w_key, W_StrObject):
            return w_key.value
        if isinstance(w_key, W_FloatObject):
            return self.float_text(w_key)
        if w_key is space.w_True:
            return u"true"
        if w_key is space.w_False:
            return u"false"
        if w_key is space.w_None:
            return u"null"
        if isinstance(w_key, W_IntObject) or isinstance(w_key, W_LongObject):
            return self.int_text(w_key)
        if self.skipkeys:
            return None
        raise oefmt(space, space.w_TypeError,
                    "keys must be str, int, float, bool or None, not %s",
                    space.type_name_of(w_key))


def sort_items(space, items):
    """Sort (key, value) pairs by key with the guest's <, as sorted() on
    the items does (keys are distinct, so values are never compared)."""
    from rpython_sandbox.objects.listobject import W_ListObject, sort_list
    keys_w = [w_k for w_k, _ in items]
    w_keys = W_ListObject(keys_w)
    sort_list(space, w_keys, space.w_None, False)
    # a dict's keys are unique, so each sorted key finds its value again
    from rpython_sandbox.objects.dictobject import new_storage
    lookup = new_storage()
    for w_k, w_v in items:
        lookup[w_k] = w_v
    for i in range(len(w_keys.items_w)):
        w_k = w_keys.items_w[i]
        items[i] = (w_k, lookup[w_k])


def write_string(out, s, ensure_ascii):
    """s as a JSON string literal, as CPython's encode_basestring(_ascii)."""
    out.append(u'"')
    start = 0
    n = len(s)
    for i in range(n):
        c = ord(s[i])
        if 32 <= c <= 126:
            if c != 34 and c != 92:
                continue
        elif c > 126 and not ensure_ascii:
            continue
        if i > start:
            out.append_slice(s, start, i)
        start = i + 1
        if c == 34:
            out.append(u'\\"')
        elif c == 92:
            out.append(u'\\\\')
        elif c == 10:
            out.append(u'\\n')
        elif c == 13:
            out.append(u'\\r')
        elif c == 9:
            out.append(u'\\t')
        elif c == 8:
            out.append(u'\\b')
        elif c == 12:
            out.append(u'\\f')
        elif c >= 0x10000:
            v = c - 0x10000
            write_u_escape(out, 0xd800 | ((v >> 10) & 0x3ff))
            write_u_escape(out, 0xdc00 | (v & 0x3ff))
        else:
            write_u_escape(out, c)
    if start == 0:
        out.append(s)
    elif start < n:
        out.append_slice(s, start, n)
    out.append(u'"')


def write_u_escape(out, c):
    out.append(u"\\u")
    out.append(HEX[(c >> 12) & 15])
    out.append(HEX[(c >> 8) & 15])
    out.append(HEX[(c >> 4) & 15])
    out.append(HEX[c & 15])


def _bool_arg(space, w_x):
    return space.is_true(w_x)


def _text_arg(space, w_x, what):
    if not isinstance(w_x, W_StrObject):
        raise oefmt(space, space.w_TypeError, "%s must be a str, not %s", what,
                    space.type_name_of(w_x))
    return w_x.value


@jit.dont_look_inside
def json_encode(space, args):
    args.check(space, "encode", 10, 10)
    a = args.args_w
    indent = None
    if not space.is_none(a[6]):
        indent = _text_arg(space, a[6], "indent")
    w_default = None
    if not space.is_none(a[9]):
        w_default = a[9]
    enc = Encoder(space, _bool_arg(space, a[1]), _bool_arg(space, a[2]), _bool_arg(space, a[3]),
                  _bool_arg(space, a[4]), _bool_arg(space, a[5]), indent,
                  _text_arg(space, a[7], "item_separator"),
                  _text_arg(space, a[8], "key_separator"), w_default)
    try:
        enc.encode(a[0], 0)
        space.check_allocation(enc.out.getlength(), 1, 4)     # the copy build() makes
        result = enc.out.build()
    finally:
        enc.finish()
    return space.newtext(result)


@jit.dont_look_inside
def json_encode_string(space, args):
    """encode_basestring(s) / encode_basestring_ascii(s)."""
    args.check(space, "encode_string", 2, 2)
    s = _text_arg(space, args.args_w[0], "s")
    space.check_allocation(len(s), 6, 4)
    space.charge_work(len(s) // 16)
    out = UnicodeBuilder(len(s) + 2)
    write_string(out, s, space.is_true(args.args_w[1]))
    return space.newtext(out.build())


# --- decoding ---------------------------------------------------------------------------

def _is_ws(c):
    return c == u" " or c == u"\t" or c == u"\n" or c == u"\r"


def skip_ws(s, i):
    n = len(s)
    while i < n and _is_ws(s[i]):
        i += 1
    return i


def _matches(s, idx, word):
    for i in range(len(word)):
        if s[idx + i] != word[i]:
            return False
    return True


# exact powers of ten: a float with at most 15 significant digits and such a
# power is the correctly rounded quotient or product of two exact floats
POW10 = [1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
         1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]


def parse_float(s, start, end):
    """float(s[start:end]) for a JSON number, correctly rounded: the
    common short numbers directly (Clinger's fast path), the others with
    RPython's strtod."""
    i = start
    neg = s[i] == u"-"
    if neg:
        i += 1
    mantissa = 0
    digits = 0
    exp10 = 0
    while i < end and u"0" <= s[i] <= u"9":
        if mantissa != 0 or s[i] != u"0":
            digits += 1
        mantissa = mantissa * 10 + (ord(s[i]) - 48)
        i += 1
        if digits > 15:
            return _slow_float(s, start, end)
    if i < end and s[i] == u".":
        i += 1
        while i < end and u"0" <= s[i] <= u"9":
            if mantissa != 0 or s[i] != u"0":
                digits += 1
            mantissa = mantissa * 10 + (ord(s[i]) - 48)
            exp10 -= 1
            i += 1
            if digits > 15:
                return _slow_float(s, start, end)
    if i < end:                 # an exponent
        i += 1
        eneg = False
        if s[i] == u"-" or s[i] == u"+":
            eneg = s[i] == u"-"
            i += 1
        e = 0
        while i < end:
            e = e * 10 + (ord(s[i]) - 48)
            i += 1
            if e > 400:
                return _slow_float(s, start, end)
        if eneg:
            e = -e
        exp10 += e
    x = float(mantissa)
    if exp10 == 0:
        pass
    elif 0 < exp10 <= 22:
        x = x * POW10[exp10]
    elif -22 <= exp10 < 0:
        x = x / POW10[-exp10]
    else:
        return _slow_float(s, start, end)
    if neg:
        x = -x
    return x


def _slow_float(s, start, end):
    assert start >= 0
    assert end >= 0
    return rfloat.string_to_float(s[start:end].encode("ascii"))


class StopScan(Exception):
    """No JSON value starts at `pos` (CPython's StopIteration(pos)):
    "Expecting value"."""

    def __init__(self, pos):
        self.pos = pos


class Decoder(object):
    def __init__(self, space, s, w_errcls, strict, w_object_hook, w_pairs_hook,
                 w_parse_float, w_parse_int, w_parse_constant):
        self.space = space
        self.s = s
        self.w_errcls = w_errcls
        self.strict = strict
        self.w_object_hook = w_object_hook
        self.w_pairs_hook = w_pairs_hook
        self.w_parse_float = w_parse_float
        self.w_parse_int = w_parse_int
        self.w_parse_constant = w_parse_constant
        self.steps = 0
        self.memo = {}          # keys seen, shared as CPython's scanner shares them

    def error(self, msg, pos):
        space = self.space
        w_exc = space.call_function(self.w_errcls, [space.newtext(msg), space.newtext(self.s),
                                                     space.newint(pos)])
        return OperationError(space.exception_from(w_exc))

    def step(self):
        self.steps += 1
        self.space.check_interrupts_every(self.steps)

    def scan(self, idx):
        """The value at idx: (w_value, end).  Raises StopScan."""
        s = self.s
        n = len(s)
        if idx >= n:
            raise StopScan(idx)
        self.step()
        c = s[idx]
        if c == u'"':
            return self.string(idx + 1)
        if c == u"{":
            enter_recursion(self.space, " while decoding a JSON object from a unicode string")
            try:
                return self.object(idx + 1)
            finally:
                leave_recursion(self.space)
        if c == u"[":
            enter_recursion(self.space, " while decoding a JSON array from a unicode string")
            try:
                return self.array(idx + 1)
            finally:
                leave_recursion(self.space)
        space = self.space
        if c == u"n":
            if idx + 3 < n and s[idx + 1] == u"u" and s[idx + 2] == u"l" and s[idx + 3] == u"l":
                return space.w_None, idx + 4
        elif c == u"t":
            if idx + 3 < n and s[idx + 1] == u"r" and s[idx + 2] == u"u" and s[idx + 3] == u"e":
                return space.w_True, idx + 4
        elif c == u"f":
            if (idx + 4 < n and s[idx + 1] == u"a" and s[idx + 2] == u"l" and
                    s[idx + 3] == u"s" and s[idx + 4] == u"e"):
                return space.w_False, idx + 5
        elif c == u"N":
            if idx + 2 < n and s[idx + 1] == u"a" and s[idx + 2] == u"N":
                return self.constant(u"NaN", idx)
        elif c == u"I":
            if idx + 7 < n and _matches(s, idx + 1, u"nfinity"):
                return self.constant(u"Infinity", idx)
        elif c == u"-":
            if idx + 8 < n and _matches(s, idx + 1, u"Infinity"):
                return self.constant(u"-Infinity", idx)
        return self.number(idx)

    def constant(self, name, idx):
        space = self.space
        end = idx + len(name)
        if self.w_parse_constant is not None:
            return space.call_function(self.w_parse_constant, [space.newtext(name)]), end
        if name == u"NaN":
            return space.newfloat(rfloat.NAN), end
        if name == u"Infinity":
            return space.newfloat(rfloat.INFINITY), end
        return space.newfloat(-rfloat.INFINITY), end

    def number(self, start):
        s = self.s
        end_idx = len(s) - 1
        idx = start
        if s[idx] == u"-":
            idx += 1
            if idx > end_idx:
                raise StopScan(start)
        if u"1" <= s[idx] <= u"9":
            idx += 1
            while idx <= end_idx and u"0" <= s[idx] <= u"9":
                idx += 1
        elif s[idx] == u"0":
            idx += 1
        else:
            raise StopScan(start)
        is_float = False
        if idx < end_idx and s[idx] == u"." and u"0" <= s[idx + 1] <= u"9":
            is_float = True
            idx += 2
            while idx <= end_idx and u"0" <= s[idx] <= u"9":
                idx += 1
        if idx < end_idx and (s[idx] == u"e" or s[idx] == u"E"):
            e_start = idx
            idx += 1
            if idx < end_idx and (s[idx] == u"-" or s[idx] == u"+"):
                idx += 1
            while idx <= end_idx and u"0" <= s[idx] <= u"9":
                idx += 1
            if u"0" <= s[idx - 1] <= u"9":
                is_float = True
            else:
                idx = e_start
        space = self.space
        assert start >= 0
        assert idx >= 0
        if is_float:
            if self.w_parse_float is not None:
                return space.call_function(self.w_parse_float,
                                           [space.newtext(s[start:idx])]), idx
            return space.newfloat(parse_float(s, start, idx)), idx
        if self.w_parse_int is not None:
            return space.call_function(self.w_parse_int, [space.newtext(s[start:idx])]), idx
        if idx - start < 19:
            # fits a machine int: no text to make
            value = 0
            i = start
            neg = s[i] == u"-"
            if neg:
                i += 1
            while i < idx:
                value = value * 10 + (ord(s[i]) - 48)
                i += 1
            if neg:
                value = -value
            return space.newint(value), idx
        return self.int_from(s[start:idx]), idx

    def int_from(self, text):
        space = self.space
        n = len(text)
        if n < 19:
            value = 0
            neg = False
            for ch in text:
                if ch == u"-":
                    neg = True
                else:
                    value = value * 10 + (ord(ch) - 48)
            if neg:
                value = -value
            return space.newint(value)
        digits = n
        if text[0] == u"-":
            digits -= 1
        if digits > MAX_INT_DIGITS:
            raise oefmt(space, space.w_ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion: "
                        "value has %d digits; use sys.set_int_max_str_digits() to increase the "
                        "limit", MAX_INT_DIGITS, digits)
        space.charge_work(digits * digits // 64 + 1)
        return space.newlong(rbigint.fromstr(text.encode("ascii"), 10))

    def string(self, end):
        """A string whose opening quote is at end - 1: (w_str, index after
        the closing quote)."""
        w_str, end = self.string_value(end)
        return w_str, end

    def string_value(self, end):
        s = self.s
        n = len(s)
        begin = end - 1
        # fast path: no escape
        strict = self.strict
        nxt = end
        while nxt < n:
            c = s[nxt]
            if c == u'"' or c == u"\\":
                break
            if strict and ord(c) <= 0x1f:
                raise self.error(u"Invalid control character at", nxt)
            nxt += 1
        if nxt < n and s[nxt] == u'"':
            assert end >= 0
            assert nxt >= 0
            return self.space.newtext(s[end:nxt]), nxt + 1
        builder = UnicodeBuilder()
        while True:
            nxt = end
            c = u"\0"
            while nxt < n:
                c = s[nxt]
                if c == u'"' or c == u"\\":
                    break
                if self.strict and ord(c) <= 0x1f:
                    raise self.error(u"Invalid control character at", nxt)
                nxt += 1
            if nxt >= n:
                raise self.error(u"Unterminated string starting at", begin)
            if nxt > end:
                builder.append_slice(s, end, nxt)
            nxt += 1
            if c == u'"':
                end = nxt
                break
            if nxt == n:
                raise self.error(u"Unterminated string starting at", begin)
            c = s[nxt]
            if c != u"u":
                end = nxt + 1
                if c == u'"' or c == u"\\" or c == u"/":
                    builder.append(c)
                elif c == u"b":
                    builder.append(u"\b")
                elif c == u"f":
                    builder.append(u"\f")
                elif c == u"n":
                    builder.append(u"\n")
                elif c == u"r":
                    builder.append(u"\r")
                elif c == u"t":
                    builder.append(u"\t")
                else:
                    raise self.error(u"Invalid \\escape", end - 2)
            else:
                nxt += 1
                end = nxt + 4
                if end >= n:
                    raise self.error(u"Invalid \\uXXXX escape", nxt - 1)
                code = self.hex4(nxt, end)
                nxt = end
                if 0xd800 <= code <= 0xdbff and end + 6 < n and s[nxt] == u"\\" and \
                        s[nxt + 1] == u"u":
                    end += 6
                    code2 = self.hex4(nxt + 2, end)
                    if 0xdc00 <= code2 <= 0xdfff:
                        code = 0x10000 + (((code - 0xd800) << 10) | (code2 - 0xdc00))
                    else:
                        end -= 6
                builder.append(unichr(code))
        return self.space.newtext(builder.build()), end

    def hex4(self, start, end):
        s = self.s
        code = 0
        for i in range(start, end):
            c = ord(s[i])
            if 48 <= c <= 57:
                d = c - 48
            elif 97 <= c <= 102:
                d = c - 87
            elif 65 <= c <= 70:
                d = c - 55
            else:
                raise self.error(u"Invalid \\uXXXX escape", end - 5)
            code = (code << 4) | d
        return code

    def key(self, idx):
        """A key string starting after its quote; memoized."""
        w_key, end = self.string_value(idx)
        assert isinstance(w_key, W_StrObject)
        w_old = self.memo.get(w_key.value, None)
        if w_old is not None:
            return w_old, end
        self.memo[w_key.value] = w_key
        return w_key, end

    def object(self, idx):
        space = self.space
        s = self.s
        end_idx = len(s) - 1
        w_dict = None
        pairs_w = None
        w_holder = None
        if self.w_pairs_hook is not None:
            pairs_w = []
            w_holder = space.newlist(pairs_w)
        else:
            w_dict = space.newdict()
            w_holder = w_dict
        push_scratch(space, w_holder)
        try:
            idx = skip_ws(s, idx)
            if idx > end_idx or s[idx] != u"}":
                while True:
                    if idx > end_idx or s[idx] != u'"':
                        raise self.error(u"Expecting property name enclosed in double quotes", idx)
                    w_key, idx = self.key(idx + 1)
                    idx = skip_ws(s, idx)
                    if idx > end_idx or s[idx] != u":":
                        raise self.error(u"Expecting ':' delimiter", idx)
                    idx = skip_ws(s, idx + 1)
                    w_value, idx = self.scan(idx)
                    if w_dict is not None:
                        w_dict.setitem(space, w_key, w_value)
                    else:
                        assert isinstance(w_holder, W_ListObject)
                        w_holder.items_w.append(space.newtuple([w_key, w_value]))
                    idx = skip_ws(s, idx)
                    if idx <= end_idx and s[idx] == u"}":
                        break
                    if idx > end_idx or s[idx] != u",":
                        raise self.error(u"Expecting ',' delimiter", idx)
                    idx = skip_ws(s, idx + 1)
        finally:
            pop_scratch(space)
        idx += 1
        if self.w_pairs_hook is not None:
            return space.call_function(self.w_pairs_hook, [w_holder]), idx
        if self.w_object_hook is not None:
            return space.call_function(self.w_object_hook, [w_holder]), idx
        return w_holder, idx

    def array(self, idx):
        space = self.space
        s = self.s
        end_idx = len(s) - 1
        w_list = space.newlist([])
        assert isinstance(w_list, W_ListObject)
        push_scratch(space, w_list)
        try:
            idx = skip_ws(s, idx)
            if idx > end_idx or s[idx] != u"]":
                while True:
                    w_value, idx = self.scan(idx)
                    w_list.items_w.append(w_value)
                    idx = skip_ws(s, idx)
                    if idx <= end_idx and s[idx] == u"]":
                        break
                    if idx > end_idx or s[idx] != u",":
                        raise self.error(u"Expecting ',' delimiter", idx)
                    idx = skip_ws(s, idx + 1)
        finally:
            pop_scratch(space)
        return w_list, idx + 1


def _hook(space, w_x):
    if space.is_none(w_x):
        return None
    return w_x


@jit.dont_look_inside
def json_decode(space, args):
    """decode(s, idx, whole, error_class, strict, object_hook, object_pairs_hook,
    parse_float, parse_int, parse_constant): the value at idx and where it
    ends.  With `whole`, the text must be one value between whitespace
    (json.loads); without, it is JSONDecoder.raw_decode."""
    args.check(space, "decode", 10, 10)
    a = args.args_w
    s = _text_arg(space, a[0], "s")
    idx = space.index_w(a[1])
    whole = space.is_true(a[2])
    if idx < 0:
        raise oefmt(space, space.w_ValueError, "idx cannot be negative")
    dec = Decoder(space, s, a[3], space.is_true(a[4]), _hook(space, a[5]), _hook(space, a[6]),
                  _hook(space, a[7]), _hook(space, a[8]), _hook(space, a[9]))
    if whole:
        idx = skip_ws(s, idx)
    try:
        w_value, end = dec.scan(idx)
    except StopScan as e:
        raise dec.error(u"Expecting value", e.pos)
    if whole:
        end = skip_ws(s, end)
        if end != len(s):
            raise dec.error(u"Extra data", end)
    return space.newtuple([w_value, space.newint(end)])


def make_module(space):
    w_mod = W_ModuleObject("_json")
    w_mod.setvalue("encode", W_BuiltinFunction("encode", json_encode))
    w_mod.setvalue("encode_string", W_BuiltinFunction("encode_string", json_encode_string))
    w_mod.setvalue("decode", W_BuiltinFunction("decode", json_decode))
    return w_mod
