"""Big-integer arithmetic that a limit can interrupt.

rbigint's multiplication and division run to completion once started: one
multiplication of two 100-million-bit numbers takes seconds.  For operands
past a size threshold these helpers split the work into chunks, charge each
chunk to the instruction budget and let the limits fire between chunks
(DESIGN.md: "Builtins that can run long on their own (big-integer
arithmetic ...) check too").  Below the threshold they are rbigint itself.
"""

from rpython.rlib.rbigint import rbigint, SHIFT

CHUNK_DIGITS = 1024            # rbigint digits per chunk of the shorter operand
CHUNK_BITS = CHUNK_DIGITS * SHIFT
THRESHOLD = 2 * CHUNK_DIGITS   # operands at most this long go in one call
ONE = rbigint.fromint(1)
ZERO = rbigint.fromint(0)
_MASK = ONE.lshift(CHUNK_BITS).sub(ONE)


def mul(space, a, b):
    if a.numdigits() <= THRESHOLD or b.numdigits() <= THRESHOLD:
        return a.mul(b)
    negative = (a.sign < 0) != (b.sign < 0)
    a = a.abs()
    b = b.abs()
    if a.numdigits() < b.numdigits():
        a, b = b, a
    # schoolbook over chunks of the shorter operand; each chunk product is
    # an unbalanced rbigint multiplication
    result = ZERO
    shift = 0
    while b.sign != 0:
        space.charge_work(a.numdigits())
        piece = b.and_(_MASK)
        b = b.rshift(CHUNK_BITS)
        if piece.sign != 0:
            result = result.add(a.mul(piece).lshift(shift))
        shift += CHUNK_BITS
    if negative:
        result = result.neg()
    return result


def power(space, base, exponent):
    """base ** exponent for exponent >= 0 (an int), by repeated squaring
    with interruptible multiplications."""
    if base.sign > 0 and _is_power_of_two(base):
        # 2 ** n and friends: a shift, whatever the size
        return ONE.lshift((base.bit_length() - 1) * exponent)
    result = ONE
    while exponent > 0:
        if exponent & 1:
            result = mul(space, result, base)
        exponent >>= 1
        if exponent > 0:
            base = mul(space, base, base)
    return result


def _is_power_of_two(a):
    return a.and_(a.sub(ONE)).sign == 0


def floordivmod(space, a, b):
    """(a // b, a % b) with Python's signs; b != 0."""
    n = a.numdigits()
    m = b.numdigits()
    if n <= THRESHOLD or (n - m) * m <= THRESHOLD * CHUNK_DIGITS:
        return a.divmod(b)
    # long division in base 2**CHUNK_BITS on the magnitudes, then the
    # signs: truncated quotient first, then rounded down as Python does
    qm, rm = _divmod_magnitudes(space, a.abs(), b.abs())
    q = qm
    if (a.sign < 0) != (b.sign < 0):
        q = qm.neg()
    r = rm
    if a.sign < 0:
        r = rm.neg()
    if r.sign != 0 and (r.sign < 0) != (b.sign < 0):
        q = q.sub(ONE)
        r = r.add(b)
    return q, r


def _divmod_magnitudes(space, a, b):
    nchunks = (a.bit_length() + CHUNK_BITS - 1) // CHUNK_BITS
    q = ZERO
    r = ZERO
    i = nchunks - 1
    while i >= 0:
        space.charge_work(b.numdigits() * CHUNK_DIGITS // 64 + 1)
        piece = a.rshift(i * CHUNK_BITS).and_(_MASK)
        r = r.lshift(CHUNK_BITS).or_(piece)
        qd, r = r.divmod(b)
        q = q.lshift(CHUNK_BITS).or_(qd)
        i -= 1
    return q, r
