"""Binary search in sorted lists (CPython 3.11's `bisect`, written for the
sandbox: it runs inside the guest like any guest code)."""


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None or hi == -1:      # -1 means "the end", as in CPython
        hi = len(a)
    return hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index where to insert x in the sorted list a, after any entries
    equal to x: a[:i] are all <= x, a[i:] all > x. lo and hi bound the part
    of a searched; key is applied to the entries of a, not to x."""
    hi = _bounds(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        if key is None:
            below = x < a[middle]
        else:
            below = x < key(a[middle])
        if below:
            hi = middle
        else:
            lo = middle + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index where to insert x in the sorted list a, before any entries
    equal to x: a[:i] are all < x, a[i:] all >= x."""
    hi = _bounds(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        if key is None:
            above = a[middle] < x
        else:
            above = key(a[middle]) < x
        if above:
            lo = middle + 1
        else:
            hi = middle
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any entries equal to it."""
    if key is None:
        where = bisect_right(a, x, lo, hi)
    else:
        where = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any entries equal to it."""
    if key is None:
        where = bisect_left(a, x, lo, hi)
    else:
        where = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right
