"""Shallow and deep copies (CPython 3.11's `copy`, written for the sandbox:
it runs inside the guest like any guest code).

`copy(x)` and `deepcopy(x, memo=None)` with CPython's rules: immutable
values (numbers, str, bytes, tuples of them, functions, classes, ranges)
are their own copies; lists, dicts, sets and bytearrays are copied by
type; a class may define `__copy__()` and `__deepcopy__(memo)`, or
`__reduce_ex__(protocol)`/`__reduce__()` returning CPython's reduce tuple
(callable, args[, state[, listitems[, dictitems]]]), or
`__getstate__()`/`__setstate__(state)`; other instances are made without
calling `__init__` and given copies of their attributes. Cycles and shared
references are kept (the memo).

Differences from CPython: there is no `id()` in the sandbox, so the memo
dict is keyed by identity keys of the copied objects (`_copy.identity(x)`,
the interpreter's built-in helper, or `_Identity` without it: keys equal
when they hold the same object; an `__deepcopy__` should pass `memo` on
untouched rather than index it with `id(self)`); there is no `copyreg`, so no `dispatch_table`; builtin objects
have no `__reduce_ex__`, so an object the sandbox cannot take apart
raises `TypeError: cannot pickle 'X' object` (as CPython does for
generators and modules, but also for the iterators CPython can copy).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


class _Identity:
    """A memo key: the object it holds, compared by identity."""

    def __init__(self, obj):
        self.obj = obj
        self.hash = object.__hash__(obj)

    def __hash__(self):
        return self.hash

    def __eq__(self, other):
        return isinstance(other, _Identity) and self.obj is other.obj

    def __repr__(self):
        return '<identity of %r>' % (self.obj,)


def _function():
    pass


class _Probe:
    def method(self):
        pass


_atomic = (type(None), int, float, bool, complex, str, bytes, type,
           range, type(len), type(_function), property, slice,
           type(NotImplemented), frozenset, tuple)
_deep_atomic = (type(None), int, float, bool, complex, str, bytes, type,
                range, type(len), type(_function), property,
                type(NotImplemented))
_MethodType = type(_Probe().method)
try:
    _bytearray = bytearray
except NameError:               # not in the sandbox yet
    _bytearray = None
del _Probe


def _is_user_defined(cls, name):
    """True if a class of cls's MRO other than object defines name."""
    for klass in cls.__mro__:
        if klass is object:
            return False
        try:
            if name in vars(klass):
                return True
        except TypeError:
            pass            # a builtin base: its defaults are not the user's
    return False


# the interpreter's built-in versions of _Identity and _is_user_defined
# (rpython_sandbox/builtins/interp_copy.py) when the sandbox has them
try:
    from _copy import identity as _identity, defines as _is_user_defined
    from _copy import plain as _plain
except ImportError:
    _identity = _Identity

    def _plain(cls):
        return False        # the general path of _reduce decides


def _new_instance(cls):
    """An instance of cls whose __init__ has not run (copyreg.__newobj__)."""
    try:
        new = cls.__new__
    except AttributeError:
        new = None
    if new is not None:
        return new(cls)
    # no __new__ in this interpreter yet: make the instance with an empty
    # __init__ put on the class for the time of the call
    had_own = '__init__' in vars(cls)
    if had_own:
        saved = vars(cls)['__init__']
    cls.__init__ = _no_init
    try:
        return cls()
    finally:
        if had_own:
            cls.__init__ = saved
        else:
            del cls.__init__


def _no_init(self, *args, **kwargs):
    pass


class _Probe:
    pass


# obj.__dict__ / vars(obj) in the sandbox: a live view of the attributes
# (a dict in CPython); copies of it are plain dicts
_attribute_dict = type(vars(_Probe()))


def _reduce(x, cls):
    """CPython's reduce tuple for x."""
    if _plain(cls) and not hasattr(x, '__getnewargs__'):
        # an instance of user classes that do not customise copying: what
        # the general path below comes to, without its tests
        state = dict(vars(x))       # a copy: vars() is a live view
        return (_newobj, (cls,), state or None, None, None)
    if _is_user_defined(cls, '__reduce_ex__'):
        return x.__reduce_ex__(4)
    if _is_user_defined(cls, '__reduce__'):
        return x.__reduce__()
    if isinstance(x, BaseException):
        try:
            state = dict(vars(x))   # a copy: vars() is a live view
        except TypeError:
            state = None
        if state:
            return (cls, x.args, state)
        return (cls, x.args)
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), _default_state(x, cls))
    if isinstance(x, slice):
        return (slice, (x.start, x.stop, x.step))
    try:
        vars(x)
    except TypeError:
        # what CPython's object.__reduce_ex__ says of objects it cannot
        # take apart
        raise TypeError("cannot pickle %r object" % cls.__name__) from None
    listitems = dictitems = None
    if isinstance(x, list):
        listitems = iter(x)
    if isinstance(x, dict):
        dictitems = iter(x.items())
    # the arguments of __new__: __getnewargs__, or the value of an
    # immutable builtin base (tuple.__getnewargs__ and friends)
    args = ()
    if hasattr(x, '__getnewargs__'):
        args = tuple(x.__getnewargs__())
    else:
        for base in _VALUE_BASES:
            if isinstance(x, base):
                args = (base(x),)
                break
    return (_newobj, (cls,) + args, _default_state(x, cls), listitems, dictitems)


def _default_state(x, cls):
    if _is_user_defined(cls, '__getstate__'):
        return x.__getstate__()
    try:
        state = dict(vars(x))       # a copy: vars() is a live view
    except TypeError:
        return None
    return state or None


_VALUE_BASES = (tuple, str, int, float, bytes, complex, frozenset)


def _newobj(cls, *args):
    if args:
        return cls.__new__(cls, *args)
    return _new_instance(cls)


_newobj.__name__ = '__newobj__'


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is _attribute_dict:
        return dict(x)
    if cls is dict or cls is set or cls is _bytearray:
        return x.copy()
    if cls is _MethodType:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_nil = []


def deepcopy(x, memo=None):
    """A deep copy of x: its parts copied too, shared parts and cycles kept
    as they are in x. memo maps the objects copied so far to their copies."""
    if memo is None:
        memo = {}
    key = _identity(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _deep_atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo, key)
    elif cls is dict or cls is _attribute_dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is _bytearray:
        y = x.copy()
    elif cls is _MethodType:
        y = getattr(deepcopy(x.__self__, memo), x.__func__.__name__)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[key] = y
    return y


def _deepcopy_tuple(x, memo, key):
    y = [deepcopy(item, memo) for item in x]
    # the tuple itself may have been copied meanwhile, through a cycle
    # that goes through a mutable part of it
    try:
        return memo[key]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[_identity(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                # as CPython's y.__dict__.update(state): no __setattr__
                for name, value in state.items():
                    object.__setattr__(y, name, value)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
