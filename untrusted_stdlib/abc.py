"""Abstract Base Classes (CPython 3.11's `abc`, written for the sandbox: it
runs inside the guest like any guest code).

`ABCMeta`, `ABC`, `abstractmethod` (also under `property`, `classmethod`
and `staticmethod`), `register` (virtual subclasses), `__subclasshook__`,
`update_abstractmethods`, `get_cache_token`. The sandbox's functions take
no `__isabstractmethod__` attribute: the module remembers which functions
are abstract instead. A class with abstract
methods cannot be instantiated, with CPython's message.

Needs the interpreter's metaclasses (branch `types`). Differences:
`isinstance`/`issubclass` of virtual subclasses (`register`,
`__subclasshook__`) work only if the interpreter calls the metaclass's
`__instancecheck__`/`__subclasscheck__` (call `ABCMeta.__subclasscheck__`
directly otherwise); the instantiation check is in `ABCMeta.__call__`
rather than `object.__new__`; no `abstractproperty` and friends
(deprecated since 3.3).
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'get_cache_token', 'update_abstractmethods']


# the functions marked abstract: the sandbox's functions do not take a
# __isabstractmethod__ attribute
_abstract = []


def _mark(funcobj):
    try:
        funcobj.__isabstractmethod__ = True
    except (AttributeError, TypeError):
        _abstract.append(funcobj)


def abstractmethod(funcobj):
    """A decorator indicating abstract methods: a class whose metaclass is
    ABCMeta cannot be instantiated while it has any."""
    _mark(funcobj)
    return funcobj


def abstractclassmethod(callable):
    _mark(callable)
    return classmethod(callable)


def abstractstaticmethod(callable):
    _mark(callable)
    return staticmethod(callable)


def _flagged(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    for func in _abstract:
        if func is value:
            return True
    return False


def _is_abstract(value):
    if _flagged(value):
        return True
    if isinstance(value, property):
        for part in (value.fget, value.fset, value.fdel):
            if part is not None and _flagged(part):
                return True
        return False
    func = getattr(value, '__func__', None)
    if func is not None and _flagged(func):
        return True
    return False


_cache_token = [0]


def get_cache_token():
    """A token that changes each time a class is registered with any ABC."""
    return _cache_token[0]


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _compute_abstracts(cls, namespace)
        cls._abc_registry = []
        cls._abc_subclasses = []
        # CPython asks the ABC's subclasses too (__subclasses__ does not
        # exist in the sandbox: the ABCs keep their own list)
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = getattr(cls, '__abstractmethods__', None)
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass, to
        allow usage as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if _issubclass_real(subclass, cls):
            return subclass
        if _issubclass_real(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _cache_token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if _issubclass_real(subclass, cls):
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for registered in cls._abc_registry:
            if _issubclass_real(subclass, registered):
                return True
            if isinstance(registered, ABCMeta) and registered.__subclasscheck__(subclass):
                return True
        for sub in cls._abc_subclasses:
            if sub.__subclasscheck__(subclass):
                return True
        return False

    def _dump_registry(cls, file=None):
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)
        print('Inv. counter: %s' % get_cache_token(), file=file)
        print('_abc_registry: %r' % (cls._abc_registry,), file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry = []

    def _abc_caches_clear(cls):
        pass


def _issubclass_real(sub, cls):
    # the class's own MRO, never the hooks (no recursion)
    return cls in sub.__mro__


def _compute_abstracts(cls, namespace):
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class (after
    methods were added or replaced)."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    namespace = {}
    for klass in reversed(cls.__mro__):
        try:
            namespace.update(vars(klass))
        except TypeError:
            pass
    abstracts = set()
    for name in namespace:
        if _is_abstract(getattr(cls, name, None)):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


ABC = ABCMeta('ABC', (), {'__module__': 'abc', '__slots__': (),
                          '__doc__': 'Helper class that provides a standard way to create '
                                     'an ABC using inheritance.'})
