"""SHA-512 in RPython, only for `random.seed(str_or_bytes)` (CPython's
version 2 seeding hashes the seed text with SHA-512).  The round constants
are computed when the module is imported (fractional parts of the square
and cube roots of the first primes, exactly as the standard defines them)."""

from rpython.rlib.rarithmetic import r_ulonglong, intmask

MASK64 = (1 << 64) - 1


def _primes(n):
    found = []
    k = 2
    while len(found) < n:
        for p in found:
            if k % p == 0:
                break
        else:
            found.append(k)
        k += 1
    return found


def _iroot(x, k):
    """floor(x ** (1/k)) for a (Python 2) long x, by Newton's method."""
    r = 1 << ((x.bit_length() + k - 1) // k)
    while True:
        s = ((k - 1) * r + x // r ** (k - 1)) // k
        if s >= r:
            break
        r = s
    while (r + 1) ** k <= x:
        r += 1
    while r ** k > x:
        r -= 1
    return r


_P = _primes(80)
_K = [r_ulonglong(_iroot(p << 192, 3) & MASK64) for p in _P]
_H0 = [r_ulonglong(_iroot(p << 128, 2) & MASK64) for p in _P[:8]]


def _rotr(x, n):
    return (x >> n) | (x << (64 - n))


def _compress(h, block, offset):
    w = [r_ulonglong(0)] * 80
    for t in range(16):
        v = r_ulonglong(0)
        for i in range(8):
            v = (v << 8) | r_ulonglong(ord(block[offset + t * 8 + i]))
        w[t] = v
    for t in range(16, 80):
        s0 = _rotr(w[t - 15], 1) ^ _rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
        s1 = _rotr(w[t - 2], 19) ^ _rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
        w[t] = w[t - 16] + s0 + w[t - 7] + s1
    a = h[0]
    b = h[1]
    c = h[2]
    d = h[3]
    e = h[4]
    f = h[5]
    g = h[6]
    hh = h[7]
    for t in range(80):
        S1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
        ch = (e & f) ^ (~e & g)
        t1 = hh + S1 + ch + _K[t] + w[t]
        S0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
        maj = (a & b) ^ (a & c) ^ (b & c)
        t2 = S0 + maj
        hh = g
        g = f
        f = e
        e = d + t1
        d = c
        c = b
        b = a
        a = t1 + t2
    h[0] += a
    h[1] += b
    h[2] += c
    h[3] += d
    h[4] += e
    h[5] += f
    h[6] += g
    h[7] += hh


def sha512(data):
    """The 64-byte SHA-512 digest of the byte string `data`."""
    h = [x for x in _H0]
    n = len(data)
    bitlen = r_ulonglong(n) << 3
    pad_len = 128 - ((n + 17) % 128)
    if pad_len == 128:
        pad_len = 0
    tail = ["\x00"] * (1 + pad_len + 16)
    tail[0] = "\x80"
    for i in range(8):
        tail[len(tail) - 1 - i] = chr(intmask((bitlen >> (8 * i)) & r_ulonglong(0xff)))
    message = data + "".join(tail)
    assert len(message) % 128 == 0
    for offset in range(0, len(message), 128):
        _compress(h, message, offset)
    out = []
    for v in h:
        for i in range(7, -1, -1):
            out.append(chr(intmask((v >> (8 * i)) & r_ulonglong(0xff))))
    return "".join(out)
