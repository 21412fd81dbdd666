"""Names for built-in types, and `SimpleNamespace` (CPython 3.11's `types`,
written for the sandbox: it runs inside the guest like any guest code).

`SimpleNamespace` (keyword arguments become attributes; repr, equality,
unhashable, as CPython's), `new_class`, `resolve_bases`, and the types of
the sandbox's own values for isinstance checks: `FunctionType`,
`LambdaType`, `MethodType`, `BuiltinFunctionType`, `BuiltinMethodType`,
`GeneratorType`, `NoneType`, `NotImplementedType`.

Differences from CPython: nothing that reaches frames or code exists
(`CodeType`, `FrameType`, `TracebackType`, `CellType`, `ModuleType`,
`MappingProxyType`, `coroutine`, `GenericAlias`, ...); the types above
cannot be called to make new objects (`MethodType(func, obj)` raises
`TypeError: cannot create 'method' instances`); `SimpleNamespace.__dict__`
is a copy, as for every instance in the sandbox.
"""

__all__ = ['SimpleNamespace', 'FunctionType', 'LambdaType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'GeneratorType',
           'NoneType', 'NotImplementedType', 'new_class', 'resolve_bases']


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
GeneratorType = type(_g())
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _f, _g, _C

_repr_running = []


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        for obj in _repr_running:
            if obj is self:
                return name + '(...)'
        _repr_running.append(self)
        try:
            items = ['%s=%r' % (key, value) for key, value in vars(self).items()]
        finally:
            _repr_running.pop()
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), vars(self))


def resolve_bases(bases):
    """The bases with each non-class that has __mro_entries__ replaced by
    what that returns."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement would: exec_body(ns) fills its
    namespace."""
    resolved = resolve_bases(bases)
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop('metaclass', type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    if meta is type and not kwds:
        return type(name, resolved, ns)
    return meta(name, resolved, ns, **kwds)
