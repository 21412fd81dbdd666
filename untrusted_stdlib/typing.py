"""Support for type hints (CPython 3.11's `typing`, written for the
sandbox: it runs inside the guest like any guest code).

Everything scripts import from typing is here and can be subscripted at
run time, with CPython's reprs: `Any`, `Union`, `Optional`, `List`,
`Dict`, `Tuple`, `Set`, `FrozenSet`, `Type`, `Callable`, `Iterable`,
`Iterator`, `Sequence`, `Mapping`, `Generator` and the other aliases of
builtin and collections types, `Literal`, `Final`, `ClassVar`,
`Annotated`, `NoReturn`, `Never`, `Self`, `TypeVar`, `ParamSpec`,
`Generic`, `Protocol`, `runtime_checkable`, `NamedTuple` and `TypedDict`
(the call forms), `NewType`, `cast`, `overload`, `final`,
`no_type_check`, `get_origin`, `get_args`, `get_type_hints`,
`assert_never`, `assert_type`, `reveal_type`, `TYPE_CHECKING`.

`NamedTuple` and `TypedDict` also work as base classes with annotated
fields (PEP 560's `__mro_entries__`), `total=` included.

Differences from CPython: `isinstance` with typing's
aliases and protocols is not supported (it needs `__instancecheck__`);
`Generic[T]` as a base class gives `Generic` itself, so a generic class
has no `__parameters__`/`__orig_bases__`; no `IO`,
`TextIO`, `Pattern`, `Match`.
"""

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple',
    'Type', 'TypeVar', 'Union', 'AbstractSet', 'ByteString', 'Container',
    'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator',
    'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'AnyStr',
    'assert_never', 'assert_type', 'cast', 'final', 'get_args',
    'get_origin', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
    'TypeVarTuple', 'Unpack', 'dataclass_transform',
]

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    if obj is ...:
        return '...'
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    return arg


def _as_tuple(params):
    if isinstance(params, tuple):
        return params
    return (params,)


def _collect_parameters(args):
    found = []
    for arg in args:
        if isinstance(arg, TypeVar) or isinstance(arg, ParamSpec):
            if arg not in found:
                found.append(arg)
        else:
            for p in getattr(arg, '__parameters__', ()):
                if p not in found:
                    found.append(p)
    return tuple(found)


class _SpecialForm:
    """Any, Union, Optional, ClassVar, Final, Literal, ... (typing.X)."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError('%r is not subscriptable' % (self,))
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))

    def __reduce__(self):
        return self._name


class _AnyType:
    """Special type indicating an unconstrained type: every type is
    compatible with Any."""

    def __repr__(self):
        return 'typing.Any'

    def __call__(self, *args, **kwds):
        raise TypeError('Any cannot be instantiated')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


Any = _AnyType()


class _GenericAlias:
    """A subscripted generic: List[int], Dict[str, T], Foo[int]."""

    def __init__(self, origin, args, name=None, special_repr=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special_repr = special_repr
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        if self._special_repr is not None:
            return self._special_repr(self)
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        return '%s[%s]' % (name, ', '.join([_type_repr(a) for a in self.__args__]))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        params = tuple([_type_convert(p) for p in _as_tuple(params)])
        if not self.__parameters__:
            raise TypeError('%r is not a generic class' % (self,))
        if len(params) != len(self.__parameters__):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > len(self.__parameters__) else 'few',
                               self, len(params), len(self.__parameters__)))
        mapping = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple([_substitute(a, mapping) for a in self.__args__]))

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name, self._special_repr)

    def __call__(self, *args, **kwargs):
        if self._name is not None and isinstance(self.__origin__, type) and \
                self.__origin__.__module__ in ('builtins', 'collections'):
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __iter__(self):
        yield Unpack[self]


def _substitute(arg, mapping):
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple([_substitute(a, mapping) for a in arg.__args__]))
    return arg


class _SpecialGenericAlias:
    """List, Dict, Iterable, ... unsubscripted: typing.List."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = tuple([_type_convert(p) for p in _as_tuple(params)])
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few',
                               self, len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError('Type %s cannot be instantiated; use %s() instead'
                        % (self._name, self.__origin__.__name__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self.__origin__ == other.__origin__ and self._name == other._name
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _ABCOrigin:
    """The origin of an alias of a collections.abc class the sandbox has
    no class for: only its name."""

    def __init__(self, name):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = 'collections.abc'

    def __repr__(self):
        return "<class 'collections.abc.%s'>" % self.__name__


def _abc(name):
    try:
        import _collections_abc
        return getattr(_collections_abc, name)
    except (ImportError, AttributeError, TypeError):
        return _ABCOrigin(name)


def _collections(name):
    try:
        import collections
        return getattr(collections, name)
    except (ImportError, AttributeError, TypeError):
        return _ABCOrigin(name)


# --- special forms -------------------------------------------------------

def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    params = []
    for p in _as_tuple(parameters):
        p = _type_convert(p)
        if isinstance(p, _UnionAlias):
            for q in p.__args__:
                if q not in params:
                    params.append(q)
        elif _is_builtin_union(p):
            for q in p.__args__:
                if q not in params:
                    params.append(q)
        elif p not in params:
            params.append(p)
    if len(params) == 1:
        return params[0]
    return _UnionAlias(tuple(params))


def _is_builtin_union(p):
    return type(p).__name__ == 'UnionType' and hasattr(p, '__args__')


class _UnionAlias(_GenericAlias):
    def __init__(self, args):
        _GenericAlias.__init__(self, Union, args, 'Union')

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ', '.join([_type_repr(a) for a in args])

    def __eq__(self, other):
        if isinstance(other, _UnionAlias) or _is_builtin_union(other):
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def copy_with(self, args):
        return Union[args]

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate typing.Union')


def _optional_getitem(self, parameters):
    return Union[parameters, None]


def _one_arg(self, parameters):
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError('%s accepts only single type.' % (self,))
        parameters = parameters[0]
    return _GenericAlias(self, (_type_convert(parameters),), self._name)


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join([repr(a) for a in self.__args__])

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _literal_getitem(self, parameters):
    params = []
    for p in _as_tuple(parameters):
        if isinstance(p, _LiteralAlias):
            for q in p.__args__:
                if q not in params:
                    params.append(q)
        elif p not in params:
            params.append(p)
    return _LiteralAlias(self, tuple(params), 'Literal')


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), 'Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join([repr(a) for a in self.__metadata__]))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _AnnotatedAlias(_type_convert(params[0]), tuple(params[1:]))


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _one_arg)
Final = _SpecialForm('Final', _one_arg)
TypeGuard = _SpecialForm('TypeGuard', _one_arg)
Required = _SpecialForm('Required', _one_arg)
NotRequired = _SpecialForm('NotRequired', _one_arg)
Unpack = _SpecialForm('Unpack', _one_arg)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')


def _concatenate_getitem(self, parameters):
    return _GenericAlias(self, _as_tuple(parameters), 'Concatenate')


Concatenate = _SpecialForm('Concatenate', _concatenate_getitem)


# --- type variables ------------------------------------------------------

class TypeVar:
    """Type variable: T = TypeVar('T'), with constraints, bound=,
    covariant=, contravariant=."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple([_type_convert(c) for c in constraints])
        self.__bound__ = _type_convert(bound) if bound is not None else None
        self.__module__ = '__main__'

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__


class ParamSpec:
    """Parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
Text = str


# --- Generic and Protocol ------------------------------------------------

class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""


def _generic_class_getitem(cls, params):
    params = tuple([_type_convert(p) for p in _as_tuple(params)])
    if cls is Generic or cls is Protocol:
        # a base class: Generic itself (the sandbox does not call
        # __mro_entries__ on class bases)
        return cls
    return _GenericAlias(cls, params)


# set after the class is made: an interpreter without __class_getitem__
# refuses it in a class body
try:
    Generic.__class_getitem__ = classmethod(_generic_class_getitem)
except (TypeError, AttributeError):
    pass


class Protocol(Generic):
    """Base class for protocol classes (structural subtyping)."""
    _is_protocol = True


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    cls._is_runtime_protocol = True
    return cls


# --- the aliases of builtin and collections types ------------------------

def _callable_repr(alias):
    args = alias.__args__
    if len(args) == 2 and args[0] is ...:
        return 'typing.Callable[..., %s]' % _type_repr(args[-1])
    params = ', '.join([_type_repr(a) for a in args[:-1]])
    return 'typing.Callable[[%s], %s]' % (params, _type_repr(args[-1]))


class _CallableSpecialAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            args = tuple([_type_convert(a) for a in args])
        else:
            args = (args,)
        return _CallableAlias(self.__origin__, args + (_type_convert(result),), 'Callable',
                              _callable_repr)


class _CallableAlias(_GenericAlias):
    def copy_with(self, args):
        return _CallableAlias(self.__origin__, args, 'Callable', _callable_repr)


def _tuple_repr(alias):
    if not alias.__args__:
        return 'typing.Tuple[()]'
    return 'typing.Tuple[%s]' % ', '.join([_type_repr(a) for a in alias.__args__])


class _TupleSpecialAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple', _tuple_repr)
        params = tuple([_type_convert(p) for p in _as_tuple(params)])
        return _GenericAlias(tuple, params, 'Tuple', _tuple_repr)


List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Tuple = _TupleSpecialAlias(tuple, -1, 'Tuple')
Type = _SpecialGenericAlias(type, 1, 'Type')
Callable = _CallableSpecialAlias(_abc('Callable'), 2, 'Callable')
Deque = _SpecialGenericAlias(_collections('deque'), 1, 'Deque')
DefaultDict = _SpecialGenericAlias(_collections('defaultdict'), 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections('OrderedDict'), 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_collections('Counter'), 1, 'Counter')
ChainMap = _SpecialGenericAlias(_collections('ChainMap'), 2, 'ChainMap')

Hashable = _SpecialGenericAlias(_abc('Hashable'), 0, 'Hashable')
Awaitable = _SpecialGenericAlias(_abc('Awaitable'), 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc('Coroutine'), 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc('AsyncIterable'), 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc('AsyncIterator'), 1, 'AsyncIterator')
Iterable = _SpecialGenericAlias(_abc('Iterable'), 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc('Iterator'), 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc('Reversible'), 1, 'Reversible')
Sized = _SpecialGenericAlias(_abc('Sized'), 0, 'Sized')
Container = _SpecialGenericAlias(_abc('Container'), 1, 'Container')
Collection = _SpecialGenericAlias(_abc('Collection'), 1, 'Collection')
AbstractSet = _SpecialGenericAlias(_abc('Set'), 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc('MutableSet'), 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc('Mapping'), 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc('MutableMapping'), 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_abc('Sequence'), 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc('MutableSequence'), 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_abc('ByteString'), 0, 'ByteString')
MappingView = _SpecialGenericAlias(_abc('MappingView'), 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc('KeysView'), 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc('ItemsView'), 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc('ValuesView'), 1, 'ValuesView')
Generator = _SpecialGenericAlias(_abc('Generator'), 3, 'Generator')
AsyncGenerator = _SpecialGenericAlias(_abc('AsyncGenerator'), 2, 'AsyncGenerator')
ContextManager = _SpecialGenericAlias(_ABCOrigin('AbstractContextManager'), 1, 'ContextManager')
AsyncContextManager = _SpecialGenericAlias(_ABCOrigin('AbstractAsyncContextManager'), 1,
                                           'AsyncContextManager')


class SupportsInt(Protocol):
    pass


class SupportsFloat(Protocol):
    pass


class SupportsComplex(Protocol):
    pass


class SupportsBytes(Protocol):
    pass


class SupportsIndex(Protocol):
    pass


class SupportsAbs(Protocol):
    pass


class SupportsRound(Protocol):
    pass


# --- NamedTuple, TypedDict, NewType --------------------------------------

# The class forms go through PEP 560: NamedTuple and TypedDict are
# functions whose __mro_entries__ put a marker class with a metaclass in
# the bases; the metaclass builds the real class from the annotations.

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                      '__orig_bases__'})


def _make_nmtuple(name, types, module, defaults=()):
    import collections
    fields = [n for n, t in types]
    types = {n: _type_convert(t) for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if not bases:       # _NamedTuple, the marker itself
            return super().__new__(cls, typename, bases, ns)
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError(
                    'can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        # the class body's methods and attributes, the named fields kept
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


class _NamedTuple(metaclass=_NamedTupleMeta):
    pass


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: NamedTuple('Employee', [('name', str),
    ('id', int)]), or as a base class with annotated fields."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to '
                        'NamedTuple, not both')
    return _make_nmtuple(typename, fields, module='__main__')


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if not bases:       # _TypedDict, the marker itself
            return super().__new__(cls, name, bases, ns)
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = super().__new__(cls, name, (dict,), ns)
        annotations = {}
        own = {n: _type_convert(t) for n, t in ns.get('__annotations__', {}).items()}
        required = set()
        optional = set()
        for base in bases:
            if base is _TypedDict or base is Generic:
                continue
            annotations.update(base.__annotations__)
            required.update(base.__required_keys__)
            optional.update(base.__optional_keys__)
        annotations.update(own)
        if total:
            required.update(own)
        else:
            optional.update(own)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        # instances of a TypedDict are plain dicts, as in CPython
        return dict(*args, **kwargs)


class _TypedDict(metaclass=_TypedDictMeta):
    pass


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """TypedDict('Movie', {'name': str}), or as a base class with
    annotated keys (`class Movie(TypedDict, total=False)`)."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (_TypedDict,), ns, total=total)


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """NewType('UserId', int): a callable that returns its argument, for
    type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# --- functions -----------------------------------------------------------

def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm val has type typ: returns val."""
    return val


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return obj."""
    import sys
    print('Runtime type is %r' % (type(obj).__name__,), file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions and methods: the decorated
    function only describes a signature, calling it is an error."""
    return _overload_dummy


def get_overloads(func):
    return []


def clear_overloads():
    pass


def final(f):
    """Decorator for final methods and classes (for type checkers)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: type checkers ignore the annotations of arg."""
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        try:
            cls_or_fn.__dataclass_transform__ = {
                'eq_default': eq_default, 'order_default': order_default,
                'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
                'kwargs': kwargs}
        except (AttributeError, TypeError):
            pass
        return cls_or_fn
    return decorator


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj (none in the sandbox: its compiler does not
    keep them), with None as NoneType."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = getattr(base, '__annotations__', None)
            if isinstance(ann, dict):
                for name, value in ann.items():
                    hints[name] = _type_convert(value)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if isinstance(ann, dict):
        for name, value in ann.items():
            hints[name] = _type_convert(value)
    return hints


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list,
    get_origin(Union[int, str]) is Union."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if _is_builtin_union(tp):
        return type(tp)
    origin = getattr(tp, '__origin__', None)
    if origin is not None and type(tp).__name__ == 'GenericAlias':
        return origin
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[str, int]) is
    (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias):
        args = tp.__args__
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    if _is_builtin_union(tp) or type(tp).__name__ == 'GenericAlias':
        return tp.__args__
    return ()
