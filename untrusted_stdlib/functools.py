"""Higher-order functions (CPython 3.11 behaviour), for the sandbox.

Differences from CPython, forced by the sandbox (docs/modules.md):
- `update_wrapper` copies the assigned attributes and sets __wrapped__,
  but no function __dict__ (the sandbox shows none);
- `lru_cache`/`cache` return a callable object (not a function) with
  cache_info(), cache_clear(), __wrapped__ and the wrapped function's
  __name__/__doc__; stored on a class it binds as a method (its __get__);
- `cache_info()` returns a CacheInfo object that compares equal to the
  tuple and has the named fields, but is not a tuple subclass;
- no `singledispatch`.
"""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        # callable(str.lower) is False in the sandbox today: accept builtins
        if not callable(func) and type(func) is not type(len):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        for k in self.keywords:
            parts.append('%s=%r' % (k, self.keywords[k]))
        return 'functools.partial(%s)' % ', '.join(parts)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    # `updated` (the wrapped function's __dict__) has nothing to copy: the
    # sandbox shows no __dict__ of functions
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


class CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __iter__(self):
        return iter(self._tuple())

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return self._tuple()[i]

    def __eq__(self, other):
        if isinstance(other, CacheInfo):
            other = other._tuple()
        return self._tuple() == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._tuple())

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % \
            self._tuple()


class _Marker:
    pass


_kwd_mark = _Marker()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for k in kwds:
            key += (k, kwds[k])
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(kwds[k]) for k in kwds])
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


class _BoundCacheWrapper:
    """An lru_cache'd function looked up on an instance: calls it with the
    instance first, as a bound method does; cache_info() and friends are
    the shared wrapper's."""

    def __init__(self, wrapper, instance):
        self.__func__ = wrapper
        self.__self__ = instance

    def __call__(self, *args, **kwds):
        return self.__func__(self.__self__, *args, **kwds)

    def __getattr__(self, name):
        return getattr(self.__func__, name)

    def __repr__(self):
        return '<bound method %s of %r>' % (
            getattr(self.__func__, '__qualname__', '?'), self.__self__)


class _LruCacheWrapper:
    def __init__(self, user_function, maxsize, typed):
        for name in WRAPPER_ASSIGNMENTS:
            try:
                setattr(self, name, getattr(user_function, name))
            except AttributeError:
                pass
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._order = []     # keys, least recently used first (bounded only)
        self._hits = 0
        self._misses = 0

    def __call__(self, *args, **kwds):
        maxsize = self._maxsize
        key = _make_key(args, kwds, self._typed)
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        cache = self._cache
        if key in cache:
            self._hits += 1
            if maxsize is not None:
                self._order.remove(key)
                self._order.append(key)
            return cache[key]
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:
            # a recursive call cached it meanwhile
            return result
        cache[key] = result
        if maxsize is not None:
            self._order.append(key)
            if len(self._order) > maxsize:
                old = self._order.pop(0)
                del cache[old]
        return result

    def cache_info(self):
        return CacheInfo(self._hits, self._misses, self._maxsize,
                         len(self._cache))

    def cache_clear(self):
        self._cache = {}
        self._order = []
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _BoundCacheWrapper(self, instance)

    def __repr__(self):
        return '<functools._lru_cache_wrapper object>'


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _LruCacheWrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _LruCacheWrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    return _LruCacheWrapper(user_function, None, False)


# total_ordering: each derived method uses the root and == only.

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    roots = [op for op in _convert
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


class _CmpKey:
    __slots__ = ['obj', '_cmp']

    def __init__(self, obj, mycmp):
        self.obj = obj
        self._cmp = mycmp

    def __lt__(self, other):
        return self._cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self._cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self._cmp(self.obj, other.obj) == 0

    def __le__(self, other):
        return self._cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self._cmp(self.obj, other.obj) >= 0

    __hash__ = None


class _CmpToKey:
    # a class per call (CPython) would need a closure through a class
    # body, which the sandbox refuses: a callable object instead
    def __init__(self, mycmp):
        self._cmp = mycmp

    def __call__(self, obj):
        return _CmpKey(obj, self._cmp)


def cmp_to_key(mycmp):
    return _CmpToKey(mycmp)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's
    __dict__ (which then shadows it)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val
