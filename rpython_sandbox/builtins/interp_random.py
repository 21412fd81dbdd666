"""The sandbox's `random` module: CPython 3.11's Mersenne Twister and the
algorithms of its random.py, so that a seeded script draws exactly the
numbers it draws on CPython.

The module's functions are bound methods of one hidden `Random` instance,
as on CPython.  Without a seed call, the generator is seeded from the clock
(wall time and a monotonic clock in nanoseconds): nothing that identifies
the host (no os.urandom, no pid)."""

import math
import time

from rpython.rlib import rrandom, rfloat
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint

from rpython_sandbox.error import oefmt, OperationError
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.functionobject import method_table, W_BoundMethod
from rpython_sandbox.objects.moduleobject import W_ModuleObject
from rpython_sandbox.objects.typeobject import W_TypeObject
from rpython_sandbox.objects.intobject import W_IntObject
from rpython_sandbox.objects.longobject import W_LongObject, to_rbigint
from rpython_sandbox.objects.floatobject import W_FloatObject
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.bytesobject import W_BytesObject
from rpython_sandbox.objects.listobject import W_ListObject
from rpython_sandbox.objects.tupleobject import W_TupleObject
from rpython_sandbox import operators as ops
from rpython_sandbox.wire import encode_utf8

TWOPI = 2.0 * math.pi
NV_MAGICCONST = 4 * math.exp(-0.5) / math.sqrt(2.0)
LOG4 = math.log(4.0)
SG_MAGICCONST = 1.0 + math.log(4.5)
N = rrandom.N


class W_RandomObject(W_Root):
    _attrs_ = ["rng", "gauss_next", "has_gauss", "w_type"]
    typename = "Random"

    def __init__(self, w_type):
        self.rng = rrandom.Random()
        self.gauss_next = 0.0
        self.has_gauss = False
        self.w_type = w_type

    def gettype(self, space):
        return self.w_type

    def repr(self, space):
        return u"<random.Random object>"

    # --- the core generator ------------------------------------------------
    def seed_words(self, words):
        self.rng.init_by_array(words)
        self.has_gauss = False

    def random(self):
        return self.rng.random()

    def bits32(self, k):
        """k <= 32 random bits as a machine int."""
        return intmask(self.rng.genrand32() >> (32 - k))

    def randbelow_int(self, space, n):
        """A random int in [0, n) for a machine int n > 0, drawing bits
        exactly as CPython's _randbelow_with_getrandbits."""
        k = bit_length(n)
        if k <= 32:
            r = self.bits32(k)
            while r >= n:
                r = self.bits32(k)
            return r
        if k <= 62:
            r = self.bits_small(k)
            while r >= n:
                r = self.bits_small(k)
            return r
        return self.randbelow_big(space, rbigint.fromint(n)).toint()

    def bits_small(self, k):
        """32 < k <= 62 random bits: two words, low word first."""
        low = intmask(self.rng.genrand32())
        high = self.bits32(k - 32)
        return (high << 32) | low

    def getrandbits(self, space, k):
        """k random bits as an rbigint."""
        if k <= 32:
            return rbigint.fromint(self.bits32(k)) if k > 0 else rbigint.fromint(0)
        if k <= 62:
            return rbigint.fromint(self.bits_small(k))
        words = (k - 1) // 32 + 1
        space.check_allocation(words, 4, 1)
        chars = ["\x00"] * (words * 4)
        for i in range(words):
            space.check_interrupts_every(i)
            r = self.rng.genrand32()
            if k < 32:
                r >>= (32 - k)
            for j in range(4):
                chars[i * 4 + j] = chr(intmask((r >> (8 * j)) & r_uint(0xff)))
            k -= 32
        return rbigint.frombytes("".join(chars), "little", False)

    def randbelow_big(self, space, n):
        k = n.bit_length()
        r = self.getrandbits(space, k)
        steps = 0
        while r.ge(n):
            steps += 1
            space.check_interrupts_every(steps)
            r = self.getrandbits(space, k)
        return r

    def randbelow(self, space, n):
        """_randbelow for an rbigint n > 0."""
        try:
            small = n.toint()
        except OverflowError:
            return self.randbelow_big(space, n)
        return rbigint.fromint(self.randbelow_int(space, small))


def bit_length(n):
    k = 0
    while n:
        n >>= 1
        k += 1
    return k


# --- seeding -------------------------------------------------------------------

def words_of(num):
    """The 32-bit words of a non-negative rbigint, least significant first
    (CPython's init_by_array key); [0] for zero."""
    bits = num.bit_length()
    if bits == 0:
        return [r_uint(0)]
    nwords = (bits - 1) // 32 + 1
    data = num.tobytes(nwords * 4, "little", False)
    words = [r_uint(0)] * nwords
    for i in range(nwords):
        w = r_uint(0)
        for j in range(3, -1, -1):
            w = (w << 8) | r_uint(ord(data[i * 4 + j]))
        words[i] = w
    return words


def seed_from_clock():
    t = time.time()
    whole = int(t)
    frac = int((t - float(whole)) * 1000000000.0)
    return [r_uint(whole), r_uint(whole >> 32), r_uint(frac)]


def do_seed(space, w_self, w_a, version):
    assert isinstance(w_self, W_RandomObject)
    if w_a is None or space.is_none(w_a):
        w_self.seed_words(seed_from_clock())
        return
    num = None
    if isinstance(w_a, W_IntObject) or isinstance(w_a, W_LongObject):
        num = to_rbigint(w_a).abs()
    elif isinstance(w_a, W_StrObject) or isinstance(w_a, W_BytesObject):
        data = _seed_bytes(w_a)
        if version == 1:
            num = _seed_version1(space, data, w_a)
        elif version == 2:
            from rpython_sandbox.builtins.rsha512 import sha512
            space.charge_work(len(data) // 16 + 1)
            space.check_allocation(len(data) + 64, 1, 2)
            num = rbigint.frombytes(data + sha512(data), "big", False)
    elif not isinstance(w_a, W_FloatObject):
        raise oefmt(space, space.w_TypeError,
                    "The only supported seed types are: None,\n"
                    "int, float, str, bytes, and bytearray.")
    if num is None:
        # floats (and version-3 text): the C code seeds with the hash as
        # an unsigned machine word
        h = space.hash_w(w_a)
        num = rbigint.fromrarith_int(r_uint(h))
    w_self.seed_words(words_of(num))


def _seed_bytes(w_a):
    if isinstance(w_a, W_StrObject):
        return encode_utf8(w_a.value)
    assert isinstance(w_a, W_BytesObject)
    return w_a.value


def _seed_version1(space, data, w_a):
    # the text is taken as code points (latin-1 for bytes)
    if isinstance(w_a, W_StrObject):
        codes = [ord(ch) for ch in w_a.value]
    else:
        codes = [ord(ch) for ch in data]
    mask = rbigint.fromint(1).lshift(64).int_sub(1)
    x = rbigint.fromint(0)
    if len(codes) > 0:
        x = rbigint.fromint(codes[0] << 7)
    for i in range(len(codes)):
        space.check_interrupts_every(i)
        x = x.int_mul(1000003).xor(rbigint.fromint(codes[i])).and_(mask)
    x = x.xor(rbigint.fromint(len(codes)))
    return x


# --- argument parsing ------------------------------------------------------------

def parse(space, args, fname, names, nrequired, npositional=-1):
    """Positional-or-keyword arguments by name, with the messages of a
    Python-level method of Random: a list with None for the ones not
    given.  Names past npositional are keyword-only."""
    qualname = "Random." + fname
    if npositional < 0:
        npositional = len(names)
    n = len(args.args_w)
    if n > npositional:
        if nrequired == npositional:
            raise oefmt(space, space.w_TypeError,
                        "%s() takes %d positional arguments but %d were given",
                        qualname, npositional + 1, n + 1)
        raise oefmt(space, space.w_TypeError,
                    "%s() takes from %d to %d positional arguments but %d were given",
                    qualname, nrequired + 1, npositional + 1, n + 1)
    result = [None] * len(names)
    for i in range(n):
        result[i] = args.args_w[i]
    for i in range(len(args.kw_names)):
        kw = args.kw_names[i]
        index = -1
        for j in range(len(names)):
            if names[j] == kw:
                index = j
        if index < 0:
            raise oefmt(space, space.w_TypeError,
                        "%s() got an unexpected keyword argument '%s'", qualname, kw)
        if result[index] is not None:
            raise oefmt(space, space.w_TypeError,
                        "%s() got multiple values for argument '%s'", qualname, kw)
        result[index] = args.kw_values_w[i]
    missing = []
    for i in range(nrequired):
        if result[i] is None:
            missing.append("'%s'" % names[i])
    if len(missing) == 1:
        raise oefmt(space, space.w_TypeError,
                    "%s() missing 1 required positional argument: %s", qualname, missing[0])
    if len(missing) > 1:
        raise oefmt(space, space.w_TypeError,
                    "%s() missing %d required positional arguments: %s and %s", qualname,
                    len(missing), ", ".join(missing[:-1]), missing[-1])
    return result


def _float_or(space, w_x, default):
    if w_x is None:
        return default
    return space.float_w(w_x)


def _me(w_self):
    assert isinstance(w_self, W_RandomObject)
    return w_self


def _log(space, x):
    if x <= 0.0:
        raise oefmt(space, space.w_ValueError, "math domain error")
    return math.log(x)


def _pow(space, x, y):
    return space.float_pow(x, y)


def _sqrt(space, x):
    if x < 0.0:
        raise oefmt(space, space.w_ValueError, "math domain error")
    return math.sqrt(x)


def _div(space, x, y):
    if y == 0.0:
        raise oefmt(space, space.w_ZeroDivisionError, "float division by zero")
    return x / y


def float_mod(x, y):
    """Python's x % y on floats (y != 0)."""
    mod = math.fmod(x, y)
    if mod != 0.0:
        if (y < 0.0) != (mod < 0.0):
            mod += y
    else:
        mod = rfloat.copysign(0.0, y)
    return mod


random_methods, randmethod = method_table()


@randmethod("seed")
def random_seed(space, w_self, args):
    w_a, w_version = parse(space, args, "seed", ["a", "version"], 0)
    version = 2
    if w_version is not None:
        version = space.index_w(w_version)
    do_seed(space, w_self, w_a, version)
    return space.w_None


@randmethod("random")
def random_random(space, w_self, args):
    args.check(space, "random", 0, 0)
    return space.newfloat(_me(w_self).random())


@randmethod("getrandbits")
def random_getrandbits(space, w_self, args):
    args.check(space, "getrandbits", 1, 1)
    k = space.index_w(args.args_w[0])
    if k < 0:
        raise oefmt(space, space.w_ValueError, "number of bits must be non-negative")
    space.check_allocation(k // 8 + 1, 1, 1)
    return space.newlong(_me(w_self).getrandbits(space, k))


@randmethod("randbytes")
def random_randbytes(space, w_self, args):
    args.check(space, "randbytes", 1, 1)
    n = space.index_w(args.args_w[0])
    if n < 0:
        raise oefmt(space, space.w_ValueError, "negative argument not allowed")
    space.check_allocation(n, 2, 1)
    num = _me(w_self).getrandbits(space, n * 8)
    return space.newbytes(num.tobytes(n, "little", False))


def _index_arg(space, w_x, what):
    if space.is_index(w_x):
        return to_rbigint(w_x)
    if isinstance(w_x, W_FloatObject):
        # deprecated since 3.10, still accepted by 3.11 when integral
        x = w_x.floatval
        if rfloat.isinf(x) or rfloat.isnan(x) or x != math.floor(x):
            raise oefmt(space, space.w_ValueError, "non-integer %s for randrange()", what)
        return rbigint.fromfloat(x)
    if isinstance(w_x, W_StrObject) or isinstance(w_x, W_BytesObject):
        raise oefmt(space, space.w_ValueError, "invalid literal for int() with base 10: %s",
                    encode_utf8(space.repr_u(w_x)))
    raise oefmt(space, space.w_TypeError,
                "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                w_x.typename)


def randrange(space, w_self, w_start, w_stop, w_step):
    me = _me(w_self)
    istart = _index_arg(space, w_start, "arg 1")
    if w_stop is None or space.is_none(w_stop):
        if w_step is not None:
            raise oefmt(space, space.w_TypeError, "Missing a non-None stop argument")
        if istart.sign > 0:
            return space.newlong(me.randbelow(space, istart))
        raise oefmt(space, space.w_ValueError, "empty range for randrange()")
    istop = _index_arg(space, w_stop, "stop")
    width = istop.sub(istart)
    istep = rbigint.fromint(1)
    if w_step is not None:
        istep = _index_arg(space, w_step, "step")
    if istep.eq(rbigint.fromint(1)):
        if width.sign > 0:
            return space.newlong(istart.add(me.randbelow(space, width)))
        raise oefmt(space, space.w_ValueError, "empty range for randrange() (%s, %s, %s)",
                    istart.str(), istop.str(), width.str())
    if istep.sign > 0:
        n = width.add(istep).int_sub(1).floordiv(istep)
    elif istep.sign < 0:
        n = width.add(istep).int_add(1).floordiv(istep)
    else:
        raise oefmt(space, space.w_ValueError, "zero step for randrange()")
    if n.sign <= 0:
        raise oefmt(space, space.w_ValueError, "empty range for randrange()")
    return space.newlong(istart.add(istep.mul(me.randbelow(space, n))))


@randmethod("randrange")
def random_randrange(space, w_self, args):
    w_start, w_stop, w_step = parse(space, args, "randrange", ["start", "stop", "step"], 1)
    return randrange(space, w_self, w_start, w_stop, w_step)


@randmethod("randint")
def random_randint(space, w_self, args):
    w_a, w_b = parse(space, args, "randint", ["a", "b"], 2)
    w_stop = space.add(w_b, space.newint(1))
    return randrange(space, w_self, w_a, w_stop, None)


@randmethod("choice")
def random_choice(space, w_self, args):
    args.check(space, "choice", 1, 1)
    w_seq = args.args_w[0]
    n = space.len_w(w_seq)
    if n == 0:
        raise oefmt(space, space.w_IndexError, "Cannot choose from an empty sequence")
    return space.getitem(w_seq, space.newint(_me(w_self).randbelow_int(space, n)))


@randmethod("shuffle")
def random_shuffle(space, w_self, args):
    args.check(space, "shuffle", 1, 1)
    w_x = args.args_w[0]
    me = _me(w_self)
    if isinstance(w_x, W_ListObject):
        i = len(w_x.items_w) - 1
        while i >= 1:
            space.check_interrupts_every(i)
            j = me.randbelow_int(space, i + 1)
            items_w = w_x.items_w      # re-read: nothing else runs, but be safe
            if i < len(items_w) and j < len(items_w):
                items_w[i], items_w[j] = items_w[j], items_w[i]
            i -= 1
        return space.w_None
    # any other mutable sequence, through the item protocol
    i = space.len_w(w_x) - 1
    while i >= 1:
        space.check_interrupts_every(i)
        j = me.randbelow_int(space, i + 1)
        w_i = space.newint(i)
        w_j = space.newint(j)
        w_a = space.getitem(w_x, w_i)
        w_b = space.getitem(w_x, w_j)
        space.setitem(w_x, w_i, w_b)
        space.setitem(w_x, w_j, w_a)
        i -= 1
    return space.w_None


def _is_sequence(space, w_pop):
    from rpython_sandbox.objects.rangeobject import W_RangeObject
    return (isinstance(w_pop, W_ListObject) or isinstance(w_pop, W_TupleObject) or
            isinstance(w_pop, W_StrObject) or isinstance(w_pop, W_BytesObject) or
            isinstance(w_pop, W_RangeObject))


def _accumulate(space, w_iterable):
    items_w = space.unpack_iterable(w_iterable)
    result_w = [None] * len(items_w)
    w_total = None
    for i in range(len(items_w)):
        space.check_interrupts_every(i)
        if w_total is None:
            w_total = items_w[i]
        else:
            w_total = space.add(w_total, items_w[i])
        result_w[i] = w_total
    return result_w


def _bisect_right(space, a_w, w_x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if space.lt_w(w_x, a_w[mid]):
            hi = mid
        else:
            lo = mid + 1
    return lo


def _ceil_log4(x):
    """math.ceil(math.log(x, 4)) computed as CPython does (x / log(4))."""
    return int(math.ceil(math.log(float(x)) / math.log(4.0)))


def sample(space, me, w_population, k):
    n = space.len_w(w_population)
    if not 0 <= k <= n:
        raise oefmt(space, space.w_ValueError, "Sample larger than population or is negative")
    result_w = [None] * k
    setsize = 21
    if k > 5:
        e = _ceil_log4(k * 3)
        if e > 31:
            e = 31
        setsize += 1 << (2 * e)
    if n <= setsize:
        pool_w = space.unpack_iterable(w_population)
        for i in range(k):
            space.check_interrupts_every(i)
            j = me.randbelow_int(space, n - i)
            result_w[i] = pool_w[j]
            pool_w[j] = pool_w[n - i - 1]
    else:
        selected = {}
        for i in range(k):
            space.check_interrupts_every(i)
            j = me.randbelow_int(space, n)
            while j in selected:
                j = me.randbelow_int(space, n)
            selected[j] = None
            result_w[i] = space.getitem(w_population, space.newint(j))
    return space.newlist(result_w)


@randmethod("sample")
def random_sample(space, w_self, args):
    w_population, w_k, w_counts = parse(space, args, "sample", ["population", "k", "counts"],
                                        2, 2)
    me = _me(w_self)
    if not _is_sequence(space, w_population):
        raise oefmt(space, space.w_TypeError,
                    "Population must be a sequence.  For dicts or sets, use sorted(d).")
    k = space.index_w(w_k)
    if w_counts is not None and not space.is_none(w_counts):
        n = space.len_w(w_population)
        cum_w = _accumulate(space, w_counts)
        if len(cum_w) != n:
            raise oefmt(space, space.w_ValueError,
                        "The number of counts does not match the population")
        if n == 0:
            raise oefmt(space, space.w_IndexError, "pop from empty list")
        w_total = cum_w.pop()
        if not space.is_index(w_total):
            raise oefmt(space, space.w_TypeError, "Counts must be integers")
        total = space.index_w(w_total)
        if total <= 0:
            raise oefmt(space, space.w_ValueError, "Total of counts must be greater than zero")
        from rpython_sandbox.objects.rangeobject import W_RangeObject
        w_sel = sample(space, me, W_RangeObject(0, total, 1), k)
        assert isinstance(w_sel, W_ListObject)
        out_w = [None] * len(w_sel.items_w)
        for i in range(len(w_sel.items_w)):
            space.check_interrupts_every(i)
            pos = _bisect_right(space, cum_w, w_sel.items_w[i], 0, len(cum_w))
            out_w[i] = space.getitem(w_population, space.newint(pos))
        return space.newlist(out_w)
    return sample(space, me, w_population, k)


@randmethod("choices")
def random_choices(space, w_self, args):
    w_population, w_weights, w_cum, w_k = parse(
        space, args, "choices", ["population", "weights", "cum_weights", "k"], 1, 2)
    me = _me(w_self)
    n = space.len_w(w_population)
    k = 1
    if w_k is not None:
        k = space.index_w(w_k)
    if k < 0:
        k = 0
    space.check_allocation(k, 1, 8)
    result_w = [None] * k
    if w_weights is not None and space.is_none(w_weights):
        w_weights = None
    if w_cum is None or space.is_none(w_cum):
        if w_weights is None:
            fn = float(n)
            for i in range(k):
                space.check_interrupts_every(i)
                index = int(math.floor(me.random() * fn))
                result_w[i] = space.getitem(w_population, space.newint(index))
            return space.newlist(result_w)
        if space.is_index(w_weights):
            raise oefmt(space, space.w_TypeError,
                        "The number of choices must be a keyword argument: k=%s",
                        encode_utf8(space.str_u(w_weights)))
        cum_w = _accumulate(space, w_weights)
    elif w_weights is not None:
        raise oefmt(space, space.w_TypeError, "Cannot specify both weights and cumulative weights")
    else:
        cum_w = space.unpack_iterable(w_cum)
    if len(cum_w) != n:
        raise oefmt(space, space.w_ValueError, "The number of weights does not match the population")
    if n == 0:
        raise oefmt(space, space.w_IndexError, "list index out of range")
    w_total = space.add(cum_w[n - 1], space.newfloat(0.0))
    total = space.float_w(w_total)
    if total <= 0.0:
        raise oefmt(space, space.w_ValueError, "Total of weights must be greater than zero")
    if not rfloat.isfinite(total):
        raise oefmt(space, space.w_ValueError, "Total of weights must be finite")
    hi = n - 1
    for i in range(k):
        space.check_interrupts_every(i)
        w_x = space.newfloat(me.random() * total)
        pos = _bisect_right(space, cum_w, w_x, 0, hi)
        result_w[i] = space.getitem(w_population, space.newint(pos))
    return space.newlist(result_w)


@randmethod("uniform")
def random_uniform(space, w_self, args):
    w_a, w_b = parse(space, args, "uniform", ["a", "b"], 2)
    r = space.newfloat(_me(w_self).random())
    w_width = space.binary_op(ops.SUB, w_b, w_a)
    return space.add(w_a, space.binary_op(ops.MUL, w_width, r))


@randmethod("triangular")
def random_triangular(space, w_self, args):
    w_low, w_high, w_mode = parse(space, args, "triangular", ["low", "high", "mode"], 0)
    u = _me(w_self).random()
    low = _float_or(space, w_low, 0.0)
    high = _float_or(space, w_high, 1.0)
    if w_mode is None or space.is_none(w_mode):
        c = 0.5
    else:
        if high - low == 0.0:
            if w_low is None:
                return space.newfloat(low)
            return w_low
        c = (space.float_w(w_mode) - low) / (high - low)
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return space.newfloat(low + (high - low) * _sqrt(space, u * c))


def normalvariate(space, me, mu, sigma):
    while True:
        u1 = me.random()
        u2 = 1.0 - me.random()
        z = NV_MAGICCONST * (u1 - 0.5) / u2
        zz = z * z / 4.0
        if zz <= -_log(space, u2):
            break
    return mu + z * sigma


@randmethod("normalvariate")
def random_normalvariate(space, w_self, args):
    w_mu, w_sigma = parse(space, args, "normalvariate", ["mu", "sigma"], 0)
    return space.newfloat(normalvariate(space, _me(w_self), _float_or(space, w_mu, 0.0),
                                        _float_or(space, w_sigma, 1.0)))


@randmethod("gauss")
def random_gauss(space, w_self, args):
    w_mu, w_sigma = parse(space, args, "gauss", ["mu", "sigma"], 0)
    mu = _float_or(space, w_mu, 0.0)
    sigma = _float_or(space, w_sigma, 1.0)
    me = _me(w_self)
    if me.has_gauss:
        z = me.gauss_next
        me.has_gauss = False
    else:
        x2pi = me.random() * TWOPI
        g2rad = _sqrt(space, -2.0 * _log(space, 1.0 - me.random()))
        z = math.cos(x2pi) * g2rad
        me.gauss_next = math.sin(x2pi) * g2rad
        me.has_gauss = True
    return space.newfloat(mu + z * sigma)


@randmethod("lognormvariate")
def random_lognormvariate(space, w_self, args):
    w_mu, w_sigma = parse(space, args, "lognormvariate", ["mu", "sigma"], 2)
    x = normalvariate(space, _me(w_self), space.float_w(w_mu), space.float_w(w_sigma))
    try:
        return space.newfloat(math.exp(x))
    except OverflowError:
        raise oefmt(space, space.w_OverflowError, "math range error")


@randmethod("expovariate")
def random_expovariate(space, w_self, args):
    w_lambd, = parse(space, args, "expovariate", ["lambd"], 1)
    lambd = space.float_w(w_lambd)
    return space.newfloat(_div(space, -_log(space, 1.0 - _me(w_self).random()), lambd))


@randmethod("vonmisesvariate")
def random_vonmisesvariate(space, w_self, args):
    w_mu, w_kappa = parse(space, args, "vonmisesvariate", ["mu", "kappa"], 2)
    mu = space.float_w(w_mu)
    kappa = space.float_w(w_kappa)
    me = _me(w_self)
    if kappa <= 1e-6:
        return space.newfloat(TWOPI * me.random())
    s = 0.5 / kappa
    r = s + _sqrt(space, 1.0 + s * s)
    steps = 0
    while True:
        steps += 1
        space.check_interrupts_every(steps)
        u1 = me.random()
        z = math.cos(math.pi * u1)
        d = z / (r + z)
        u2 = me.random()
        if u2 < 1.0 - d * d or u2 <= (1.0 - d) * math.exp(d):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    u3 = me.random()
    if u3 > 0.5:
        theta = float_mod(mu + math.acos(f), TWOPI)
    else:
        theta = float_mod(mu - math.acos(f), TWOPI)
    return space.newfloat(theta)


def gammavariate(space, me, alpha, beta):
    if alpha <= 0.0 or beta <= 0.0:
        raise oefmt(space, space.w_ValueError, "gammavariate: alpha and beta must be > 0.0")
    steps = 0
    if alpha > 1.0:
        ainv = _sqrt(space, 2.0 * alpha - 1.0)
        bbb = alpha - LOG4
        ccc = alpha + ainv
        while True:
            steps += 1
            space.check_interrupts_every(steps)
            u1 = me.random()
            if not (1e-7 < u1 < 0.9999999):
                continue
            u2 = 1.0 - me.random()
            v = _log(space, u1 / (1.0 - u1)) / ainv
            x = alpha * math.exp(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(space, z):
                return x * beta
    elif alpha == 1.0:
        return -_log(space, 1.0 - me.random()) * beta
    else:
        while True:
            steps += 1
            space.check_interrupts_every(steps)
            u = me.random()
            b = (math.e + alpha) / math.e
            p = b * u
            if p <= 1.0:
                x = math.pow(p, 1.0 / alpha)
            else:
                x = -_log(space, (b - p) / alpha)
            u1 = me.random()
            if p > 1.0:
                if u1 <= math.pow(x, alpha - 1.0):
                    break
            elif u1 <= math.exp(-x):
                break
        return x * beta


@randmethod("gammavariate")
def random_gammavariate(space, w_self, args):
    w_alpha, w_beta = parse(space, args, "gammavariate", ["alpha", "beta"], 2)
    return space.newfloat(gammavariate(space, _me(w_self), space.float_w(w_alpha),
                                       space.float_w(w_beta)))


@randmethod("betavariate")
def random_betavariate(space, w_self, args):
    w_alpha, w_beta = parse(space, args, "betavariate", ["alpha", "beta"], 2)
    me = _me(w_self)
    y = gammavariate(space, me, space.float_w(w_alpha), 1.0)
    if y != 0.0:
        return space.newfloat(y / (y + gammavariate(space, me, space.float_w(w_beta), 1.0)))
    return space.newfloat(0.0)


@randmethod("paretovariate")
def random_paretovariate(space, w_self, args):
    w_alpha, = parse(space, args, "paretovariate", ["alpha"], 1)
    alpha = space.float_w(w_alpha)
    u = 1.0 - _me(w_self).random()
    return space.float_pow(u, _div(space, -1.0, alpha))


@randmethod("weibullvariate")
def random_weibullvariate(space, w_self, args):
    w_alpha, w_beta = parse(space, args, "weibullvariate", ["alpha", "beta"], 2)
    alpha = space.float_w(w_alpha)
    beta = space.float_w(w_beta)
    u = 1.0 - _me(w_self).random()
    w_p = space.float_pow(-_log(space, u), _div(space, 1.0, beta))
    return space.newfloat(alpha * space.float_w(w_p))


@randmethod("getstate")
def random_getstate(space, w_self, args):
    args.check(space, "getstate", 0, 0)
    me = _me(w_self)
    state_w = [None] * (N + 1)
    for i in range(N):
        state_w[i] = space.newint(intmask(me.rng.state[i]))
    state_w[N] = space.newint(me.rng.index)
    w_gauss = space.w_None
    if me.has_gauss:
        w_gauss = space.newfloat(me.gauss_next)
    return space.newtuple([space.newint(3), space.newtuple(state_w), w_gauss])


@randmethod("setstate")
def random_setstate(space, w_self, args):
    args.check(space, "setstate", 1, 1)
    me = _me(w_self)
    w_state = args.args_w[0]
    w_version = space.getitem(w_state, space.newint(0))
    if not space.eq_w(w_version, space.newint(3)):
        raise oefmt(space, space.w_ValueError,
                    "state with version %s passed to Random.setstate() of version 3",
                    encode_utf8(space.str_u(w_version)))
    items_w = space.unpack_iterable(w_state)
    if len(items_w) != 3:
        raise oefmt(space, space.w_ValueError, "too many values to unpack (expected 3)")
    w_inner = items_w[1]
    if not isinstance(w_inner, W_TupleObject):
        raise oefmt(space, space.w_TypeError, "state vector must be a tuple")
    if len(w_inner.items_w) != N + 1:
        raise oefmt(space, space.w_ValueError, "state vector is the wrong size")
    words = [r_uint(0)] * N
    for i in range(N):
        num = to_rbigint(w_inner.items_w[i])
        if num is None:
            raise oefmt(space, space.w_TypeError, "state vector items must be integers")
        if num.sign < 0 or num.bit_length() > 32:
            raise oefmt(space, space.w_OverflowError, "Python int too large to convert to C unsigned long")
        words[i] = r_uint(num.toint())
    index = space.index_w(w_inner.items_w[N])
    if index < 0 or index > N:
        raise oefmt(space, space.w_ValueError, "invalid state")
    w_gauss = items_w[2]
    for i in range(N):
        me.rng.state[i] = words[i]
    me.rng.index = index
    if space.is_none(w_gauss):
        me.has_gauss = False
    else:
        me.gauss_next = space.float_w(w_gauss)
        me.has_gauss = True
    return space.w_None


W_RandomObject.methods = random_methods

MODULE_FUNCTIONS = ["seed", "random", "uniform", "triangular", "randint", "choice", "randrange",
                    "sample", "shuffle", "choices", "normalvariate", "lognormvariate",
                    "expovariate", "vonmisesvariate", "gammavariate", "gauss", "betavariate",
                    "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits",
                    "randbytes"]


def construct_random(space, w_type, args):
    args.check(space, "Random", 0, 1)
    w_r = W_RandomObject(w_type)
    w_seed = None
    if len(args.args_w) == 1:
        w_seed = args.args_w[0]
    do_seed(space, w_r, w_seed, 2)
    return w_r


def make_module(space):
    w_mod = W_ModuleObject("random")
    w_type = W_TypeObject("Random", space.w_object, construct_random)
    w_inst = W_RandomObject(w_type)
    do_seed(space, w_inst, None, 2)
    for name in MODULE_FUNCTIONS:
        w_mod.setvalue(name, W_BoundMethod(w_inst, random_methods[name]))
    w_mod.setvalue("Random", w_type)
    return w_mod
