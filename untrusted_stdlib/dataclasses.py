"""Data classes (CPython 3.11's `dataclasses`, written for the sandbox: it
runs inside the guest like any guest code).

`dataclass` (init, repr, eq, order, unsafe_hash, frozen, match_args,
kw_only), `field` (default, default_factory, init, repr, hash, compare,
metadata, kw_only), `KW_ONLY`, `InitVar`, `__post_init__`, `fields`,
`asdict`, `astuple`, `replace`, `is_dataclass`, `make_dataclass`,
`FrozenInstanceError`, with CPython's rules and messages (mutable
defaults, field order, hashing, frozen inheritance).

There is no exec in the sandbox, so the methods are closures over the
fields instead of generated source: `__init__` takes `*args, **kwargs`
and checks them itself with CPython's messages. Fields come from the
class's `__annotations__`: the sandbox's compiler does not keep
annotations in class bodies yet, so only `make_dataclass` (and classes
given an `__annotations__` dict) have fields until it does. `slots=True`
and `weakref_slot=True` are accepted and change nothing (the sandbox
ignores `__slots__`).
"""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """A pseudo-field passed to __init__ and __post_init__, not stored."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name


def _initvar_getitem(cls, type):
    return InitVar(type)


try:
    InitVar.__class_getitem__ = classmethod(_initvar_getitem)
except (TypeError, AttributeError):
    pass


class _MappingProxy:
    """A read-only view of a dict (Field.metadata)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._data
        return self._data == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._data,)


_EMPTY_METADATA = _MappingProxy({})


class Field:
    """A field of a dataclass (made by field())."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None else _MappingProxy(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields (default,
    default_factory, init, repr, hash, compare, metadata, kw_only)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _is_classvar(a_type):
    if isinstance(a_type, str):
        return a_type.startswith('ClassVar') or a_type.startswith('typing.ClassVar')
    if type(a_type).__name__ == '_GenericAlias' and repr(a_type).startswith('typing.ClassVar'):
        return True
    return repr(a_type) == 'typing.ClassVar'


def _is_initvar(a_type):
    if isinstance(a_type, InitVar) or a_type is InitVar:
        return True
    if isinstance(a_type, str):
        return a_type.startswith('InitVar') or a_type.startswith('dataclasses.InitVar')
    return False


def _is_kw_only(a_type):
    if a_type is KW_ONLY:
        return True
    if isinstance(a_type, str):
        return a_type in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = _class_attr(cls, a_name)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % (f.name,))
    if f._field_type is _FIELD and f.default is not MISSING and \
            _unhashable_type(f.default):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _unhashable_type(value):
    # CPython: type(value).__hash__ is None (list, dict, set, classes with
    # __eq__ and no __hash__); the builtin ones are named, as an
    # interpreter may show object's __hash__ on them
    if isinstance(value, (list, dict, set)):
        return True
    return getattr(type(value), '__hash__', 0) is None


def _class_attr(cls, name):
    try:
        return vars(cls).get(name, MISSING) if name in vars(cls) else getattr(cls, name, MISSING)
    except TypeError:
        return getattr(cls, name, MISSING)


def _own_dict(cls):
    try:
        return vars(cls)
    except TypeError:
        return {}


def _set_new_attribute(cls, name, value):
    if name in _own_dict(cls):
        return True
    setattr(cls, name, value)
    return False


def _join_names(names):
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % (names[0], names[1])
    return ', '.join(names[:-1]) + ', and ' + names[-1]


def _make_init(cls, fields, std_fields, kw_only_fields, frozen, has_post_init):
    qualname = cls.__qualname__ + '.__init__'
    positional = [f.name for f in std_fields]
    keyword_only = [f.name for f in kw_only_fields]
    init_fields = [f for f in fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    defaults = {}
    for f in std_fields + kw_only_fields:
        if f.init:
            if f.default_factory is not MISSING:
                defaults[f.name] = _HAS_DEFAULT_FACTORY
            elif f.default is not MISSING:
                defaults[f.name] = f.default
    n_required = len([n for n in positional if n not in defaults])

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            if n_required < len(positional):
                takes = 'from %d to %d' % (n_required + 1, len(positional) + 1)
            else:
                takes = str(len(positional) + 1)
            raise TypeError('%s() takes %s positional argument%s but %d %s given'
                            % (qualname, takes, '' if takes == '1' else 's', len(args) + 1,
                               'was' if len(args) + 1 == 1 else 'were'))
        values = {}
        for name, value in zip(positional, args):
            values[name] = value
        for name, value in kwargs.items():
            if name in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, name))
            if name not in defaults and name not in positional and name not in keyword_only:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, name))
            values[name] = value
        missing = ["'%s'" % n for n in positional if n not in values and n not in defaults]
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qualname, len(missing), '' if len(missing) == 1 else 's',
                               _join_names(missing)))
        missing = ["'%s'" % n for n in keyword_only if n not in values and n not in defaults]
        if missing:
            raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                            % (qualname, len(missing), '' if len(missing) == 1 else 's',
                               _join_names(missing)))
        initvars = []
        for f in init_fields:
            if f.init:
                value = values[f.name] if f.name in values else defaults[f.name]
                if value is _HAS_DEFAULT_FACTORY:
                    value = f.default_factory()
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if f._field_type is _FIELD_INITVAR:
                initvars.append(value)
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*initvars)

    __init__.__qualname__ = qualname
    return __init__


_repr_running = []


def _make_repr(fields):
    names = [f.name for f in fields if f.repr]

    def __repr__(self):
        for obj in _repr_running:
            if obj is self:
                return '...'
        _repr_running.append(self)
        try:
            return '%s(%s)' % (self.__class__.__qualname__,
                               ', '.join(['%s=%r' % (n, getattr(self, n)) for n in names]))
        finally:
            _repr_running.pop()
    __repr__._dataclass_repr = True      # pprint recognises the generated repr
    return __repr__


def _tuple_of(obj, names):
    return tuple([getattr(obj, n) for n in names])


def _make_eq(names):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, names) == _tuple_of(other, names)
        return NotImplemented
    return __eq__


def _make_order(op, names):
    def compare(self, other):
        if other.__class__ is self.__class__:
            a = _tuple_of(self, names)
            b = _tuple_of(other, names)
            if op == '<':
                return a < b
            if op == '<=':
                return a <= b
            if op == '>':
                return a > b
            return a >= b
        return NotImplemented
    return compare


def _make_hash(names):
    def __hash__(self):
        return hash(_tuple_of(self, names))
    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    own = _own_dict(cls)
    cls_annotations = own.get('__annotations__', {})
    cls_fields = []
    KW_ONLY_seen = False
    for name, type_ in cls_annotations.items():
        if _is_kw_only(type_):
            if KW_ONLY_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % (name,))
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(_class_attr(cls, f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in own.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = own.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in own))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        seen_default = False
        for f in std_init_fields:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % (f.name,))
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_init_fields, list(std_init_fields),
                                      list(kw_only_init_fields), frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(field_list))

    compare_names = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(compare_names))

    if order:
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if _set_new_attribute(cls, name, _make_order(op, compare_names)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    if frozen:
        setter, deleter = _make_frozen(cls, tuple(f.name for f in field_list))
        for name, fn in [('__setattr__', setter), ('__delattr__', deleter)]:
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))

    hash_names = [f.name for f in field_list
                  if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))
        cls.__hash__ = _make_hash(hash_names)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(hash_names)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__', None):
        try:
            cls.__doc__ = cls.__name__ + '(...)'
        except (AttributeError, TypeError):
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if getattr(cls, '__abstractmethods__', None) is not None:
        # an ABC: the methods added may implement abstract ones
        import abc
        abc.update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class: an
    __init__, a __repr__, an __eq__, and per the arguments ordering,
    hashing and frozenness."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or of an instance, as a tuple of Field
    objects (no ClassVar or InitVar pseudo-fields)."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a new dict, recursing into
    dataclasses, dicts, lists and tuples."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a new tuple, recursing into
    dataclasses, dicts, lists and tuples."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append(_astuple_inner(getattr(obj, f.name), tuple_factory))
        return tuple_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new object like obj with the fields in changes replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """A new dataclass named cls_name with the fields given as names,
    (name, type) or (name, type, Field) items."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    ns['__module__'] = module if module is not None else '__main__'
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
