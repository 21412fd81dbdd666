"""Iterator building blocks (CPython 3.11 behaviour), for the sandbox.

Written as generators; the results iterate as CPython's do, but their
types and reprs are plain generators.
"""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for item in iterable:
        yield item
        saved.append(item)
    if not saved:
        return
    while True:
        for item in saved:
            yield item


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    if func is None:
        func = _add
    it = iter(iterable)
    total = initial
    if initial is None:
        for first in it:
            total = first
            break
        else:
            return
    yield total
    for item in it:
        total = func(total, item)
        yield total


def _chain(iterables):
    for it in iterables:
        for item in it:
            yield item


class chain:
    def __init__(self, *iterables):
        self._gen = _chain(iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    @classmethod
    def from_iterable(cls, iterables):
        obj = cls()
        obj._gen = _chain(iterables)
        return obj


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._done = False
        self._have = False      # a current value is pending
        self._value = None
        self._key = None
        self._group = 0         # id of the group a _grouper may read

    def _advance(self):
        # fetch the next value; False at the end
        for v in self._it:
            self._value = v
            self._key = v if self._keyfunc is None else self._keyfunc(v)
            self._have = True
            return True
        self._done = True
        self._have = False
        return False

    def __iter__(self):
        return self

    def __next__(self):
        if self._group == 0:
            if not self._advance():
                raise StopIteration
        else:
            current = self._tgtkey
            while True:
                if not self._have:
                    if self._done or not self._advance():
                        raise StopIteration
                if self._key != current:
                    break
                self._have = False
        self._group += 1
        self._tgtkey = self._key
        return (self._key, self._grouper(self._group, self._key))

    def _grouper(self, group, tgtkey):
        while True:
            if self._group != group:
                return
            if not self._have:
                if self._done or not self._advance():
                    return
            if self._key != tgtkey:
                return
            v = self._value
            self._have = False
            yield v


def islice(iterable, *args):
    s = slice(*args)
    start = 0 if s.start is None else s.start
    stop = s.stop
    step = 1 if s.step is None else s.step
    for v in (start, stop):
        if v is not None and (not isinstance(v, int) or v < 0):
            if len(args) == 1:
                raise ValueError('Stop argument for islice() must be None or '
                                 'an integer: 0 <= x <= sys.maxsize.')
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
    if not isinstance(step, int) or step <= 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    # the same consumption as CPython: skip to the next index, then stop
    i = 0
    nexti = start
    while True:
        while i < nexti:
            for x in it:
                break
            else:
                return
            i += 1
        if stop is not None and i >= stop:
            return
        for x in it:
            break
        else:
            return
        i += 1
        yield x
        nexti += step
        if stop is not None and nexti > stop:
            nexti = stop


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


class _TeeLink:
    def __init__(self):
        self.value = None
        self.next = None


class _TeeSource:
    def __init__(self, iterable):
        self.it = iter(iterable)


def _tee_from(src, link):
    while True:
        if link.next is None:
            for v in src.it:
                link.value = v
                link.next = _TeeLink()
                break
            else:
                return
        v = link.value
        link = link.next
        yield v


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    src = _TeeSource(iterable)
    start = _TeeLink()
    return tuple([_tee_from(src, start) for _ in range(n)])


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            for v in it:
                values.append(v)
                break
            else:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(p) for p in iterables] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    k = len(pools)
    idx = [0] * k
    while True:
        yield tuple([pools[i][idx[i]] for i in range(k)])
        i = k - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    yield from _perm_rec(pool, n, r, [False] * n, [])


def _perm_rec(pool, n, r, used, chosen):
    if len(chosen) == r:
        yield tuple([pool[i] for i in chosen])
        return
    for i in range(n):
        if not used[i]:
            used[i] = True
            chosen.append(i)
            yield from _perm_rec(pool, n, r, used, chosen)
            chosen.pop()
            used[i] = False


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, len(pool), r, False)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, len(pool), r, True)


def _combinations(pool, n, r, repl):
    if not repl and r > n:
        return
    if repl and n == 0 and r > 0:
        return
    idx = [0] * r if repl else list(range(r))
    while True:
        yield tuple([pool[i] for i in idx])
        # rightmost index that can still move
        i = r - 1
        while i >= 0:
            limit = n - 1 if repl else i + n - r
            if idx[i] != limit:
                break
            i -= 1
        if i < 0:
            return
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[i] if repl else idx[j - 1] + 1


def pairwise(iterable):
    it = iter(iterable)
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b
