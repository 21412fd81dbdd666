"""Enumerations (CPython 3.11's `enum`, written for the sandbox: it runs
inside the guest like any guest code).

`Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `ReprEnum`, `EnumType`
(`EnumMeta`), `auto`, `unique`; members are singletons with `name` and
`value`, `Color['RED']`, `Color(1)`, iteration (aliases skipped),
`len()`, `__members__`, `in`, aliases for repeated values, `_missing_`,
`_generate_next_value_`, members made through `__init__`/`__new__` of the
enum (tuple values), mixed-in types (`class Pet(str, Enum)`), the
functional API (`Enum('Animal', 'ANT BEE CAT')`), flags with `| & ^ ~`,
and the reprs, strs and formats of 3.11.

Needs the interpreter's metaclasses and subclasses of builtin types
(branch `types`). Differences: the class body is not watched while it
runs (the sandbox fills a metaclass's namespace afterwards), so a name
defined twice is not an error and `_ignore_` is not supported; no
`Flag` boundaries other than the defaults (STRICT for Flag, KEEP for
IntFlag), no `verify`, `member`/`nonmember`, `global_enum`;
`__members__` is a dict copy, not a mappingproxy; reassigning a member
(`Color.RED = 2`) is refused only if the interpreter calls the
metaclass's `__setattr__` for class attributes (it does not yet).
"""

Enum = Flag = None
_enum_new_ref = [None]

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP']

_builtin_property = property


class auto:
    """Instances are replaced with an appropriate value in Enum class
    suites."""

    def __init__(self, value=None):
        self.value = value if value is not None else _auto_null

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


_auto_null = object()

STRICT = 'strict'
CONFORM = 'conform'
EJECT = 'eject'
KEEP = 'keep'


class FlagBoundary:
    STRICT = STRICT
    CONFORM = CONFORM
    EJECT = EJECT
    KEEP = KEEP


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    if isinstance(obj, (_builtin_property, staticmethod, classmethod)):
        return True
    if type(obj).__name__ in ('function', 'builtin_function_or_method'):
        return True
    return (hasattr(type(obj), '__get__') or hasattr(type(obj), '__set__')
            or hasattr(type(obj), '__delete__'))


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if getattr(base, '_member_type_', object) is not object:
                    return base._member_type_
                continue
            if base.__module__ == 'builtins' or '__new__' in vars(base):
                return base
    return object


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits(num):
    """The single-bit values of num, lowest first."""
    result = []
    while num:
        low = num & -num
        result.append(low)
        num ^= low
    return result


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        # the members: the names that are not dunders, sunders or
        # descriptors, in the order of the class body
        member_type = _find_data_type(bases)
        first_enum = None
        for base in bases:
            for klass in base.__mro__:
                if isinstance(klass, EnumType) and klass._member_names_:
                    raise TypeError('%r cannot extend %r' % (_Pending(cls), klass))
        # as CPython: the last base is the enum the new one derives from
        if bases and isinstance(bases[-1], EnumType):
            first_enum = bases[-1]
        generate = classdict.get('_generate_next_value_')
        if generate is None and first_enum is not None:
            generate = first_enum._generate_next_value_
        if isinstance(generate, staticmethod):
            generate = generate.__func__
        member_items = []
        body = {}
        last_values = []
        for key, value in classdict.items():
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                body[key] = value
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(key, 1, len(member_items), last_values[:])
                value = value.value
            elif isinstance(value, tuple):
                value = tuple([v.value if isinstance(v, auto) else v for v in value])
            member_items.append((key, value))
            last_values.append(value)
        if '_generate_next_value_' in classdict:
            body['_generate_next_value_'] = classdict['_generate_next_value_']
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        setattr(enum_class, '_member_names_', [])
        setattr(enum_class, '_member_map_', {})
        setattr(enum_class, '_value2member_map_', {})
        setattr(enum_class, '_unhashable_values_', [])
        setattr(enum_class, '_member_type_', member_type)
        if boundary is None:
            boundary = getattr(enum_class, '_boundary_', None)
        setattr(enum_class, '_boundary_', boundary)
        is_flag = isinstance(enum_class, EnumType) and Flag is not None and \
            issubclass(enum_class, Flag)
        use_args = member_type is not object
        custom_new = classdict.get('__new__')
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        if custom_new is _enum_new_ref[0]:
            custom_new = None
        if custom_new is None:
            for base in bases:
                for klass in base.__mro__:
                    if isinstance(klass, EnumType) and '_new_member_' in vars(klass):
                        custom_new = vars(klass)['_new_member_']
                        break
                if custom_new is not None:
                    break
        if custom_new is not None:
            setattr(enum_class, '_new_member_', custom_new)
        for name, value in member_items:
            enum_class._add_member(name, value, member_type, custom_new, use_args, is_flag)
        # repr, str and format come from the enum classes, not from a
        # mixed-in type that comes first in the MRO
        if first_enum is not None:
            for method in ('__repr__', '__str__', '__format__'):
                if method in classdict:
                    continue
                for klass in enum_class.__mro__:
                    try:
                        defined = method in vars(klass)
                    except TypeError:
                        defined = True
                    if klass is object or defined:
                        break
                if klass is object or not isinstance(klass, EnumType):
                    setattr(enum_class, method, getattr(first_enum, method))
        # cls(value) looks members up; members were made by the mixed-in
        # type's (or the enum's own) __new__
        if Enum is not None:
            setattr(enum_class, '__new__', staticmethod(_enum_new))
        if is_flag and Flag is not None:
            # the flag operators win over a mixed-in int's
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                       '__invert__'):
                if op not in classdict:
                    setattr(enum_class, op, getattr(Flag, op))
        if is_flag:
            flag_mask = 0
            for member in enum_class._member_map_.values():
                flag_mask |= member._value_
            setattr(enum_class, '_flag_mask_', flag_mask)
            setattr(enum_class, '_all_bits_', 2 ** flag_mask.bit_length() - 1)
        return enum_class

    def _add_member(enum_class, name, value, member_type, custom_new, use_args, is_flag=False):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if custom_new is not None:
            member = custom_new(enum_class, *args)
        elif use_args:
            member = member_type.__new__(enum_class, *args)
        else:
            member = object.__new__(enum_class)
        if not hasattr(member, '_value_'):
            if member_type is object:
                member._value_ = value
            else:
                try:
                    member._value_ = member_type(*args)
                except Exception:
                    member._value_ = value
        value = member._value_
        member._name_ = name
        member.__objclass__ = enum_class
        init = getattr(enum_class, '__init__', None)
        if init is not None and init is not object.__init__ and '__init__' in _mro_dicts(enum_class):
            member.__init__(*args)
        member._sort_order_ = len(enum_class._member_names_)
        # an alias if the value is already a member's
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                member = other
                break
        else:
            # a flag's members with several bits (or none) are aliases:
            # iteration gives the single bits only
            if not is_flag or _is_single_bit(value):
                enum_class._member_names_.append(name)
        setattr(enum_class, name, member)
        enum_class._member_map_[name] = member
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = _own(cls, '_member_map_')
        if member_map is not None and name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class _Pending:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<enum %r>" % self.name


def _own(cls, name):
    try:
        return vars(cls).get(name)
    except TypeError:
        return None


def _mro_dicts(cls):
    names = {}
    for klass in cls.__mro__:
        if klass is object:
            continue
        try:
            for key in vars(klass):
                names[key] = True
        except TypeError:
            pass
    return names


# --- Enum ----------------------------------------------------------------

def _enum_new(cls, value):
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ == value:
                return member
    result = None
    exc = None
    try:
        result = cls._missing_(value)
    except Exception as e:
        exc = e
    if isinstance(result, cls):
        return result
    if Flag is not None and issubclass(cls, Flag) and result is None and exc is None:
        pass
    ve = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if result is None and exc is None:
        raise ve
    if exc is None:
        exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))
    raise exc


def _enum_repr(self):
    value_repr = type(self)._member_type_.__repr__ if type(self)._member_type_ is not object else repr
    if value_repr is object.__repr__:
        value_repr = repr
    return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, value_repr(self._value_))


def _enum_str(self):
    return '%s.%s' % (self.__class__.__name__, self._name_)


def _enum_format(self, format_spec):
    return format(str(self), format_spec)


def _enum_hash(self):
    return hash(self._name_)


def _enum_reduce_ex(self, proto):
    return self.__class__, (self._value_,)


def _enum_dir(self):
    return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']))


def _enum_missing(cls, value):
    return None


def _enum_generate_next_value(name, start, count, last_values):
    if not count:
        return start
    last = last_values[-1]
    try:
        return last + 1
    except TypeError:
        raise TypeError('unable to sort non-numeric values') from None


def _enum_name(self):
    """The name of the Enum member."""
    return self._name_


def _enum_value(self):
    """The value of the Enum member."""
    return self._value_


def _enum_copy(self):
    return self


def _enum_deepcopy(self, memo):
    return self


_enum_new_ref[0] = _enum_new

Enum = EnumType('Enum', (), {
    '__module__': 'enum', '__qualname__': 'Enum',
    '__doc__': 'Create a collection of name/value pairs.',
    '__new__': _enum_new,
    '__repr__': _enum_repr,
    '__str__': _enum_str,
    '__format__': _enum_format,
    '__hash__': _enum_hash,
    '__reduce_ex__': _enum_reduce_ex,
    '__dir__': _enum_dir,
    '__copy__': _enum_copy,
    '__deepcopy__': _enum_deepcopy,
    '_missing_': classmethod(_enum_missing),
    '_generate_next_value_': staticmethod(_enum_generate_next_value),
    'name': _builtin_property(_enum_name),
    'value': _builtin_property(_enum_value),
})


def _reprenum_str(self):
    # the mixed-in type's str of the value (an IntEnum's is the int's)
    return str(self._value_)


def _reprenum_format(self, format_spec):
    return format(self._value_, format_spec)


ReprEnum = EnumType('ReprEnum', (Enum,), {
    '__module__': 'enum', '__qualname__': 'ReprEnum',
    '__doc__': 'Only changes the repr(), leaving str() and format() to the mixed-in type.',
})

IntEnum = EnumType('IntEnum', (int, ReprEnum), {
    '__module__': 'enum', '__qualname__': 'IntEnum',
    '__doc__': 'Enum where members are also (and must be) ints',
    '__str__': _reprenum_str, '__format__': _reprenum_format,
})


def _strenum_new(cls, *values):
    if len(values) > 3:
        raise TypeError('too many arguments for str(): %r' % (values,))
    if len(values) == 1 and not isinstance(values[0], str):
        raise TypeError('%r is not a string' % (values[0],))
    value = str(*values)
    member = str.__new__(cls, value)
    member._value_ = value
    return member


def _strenum_generate(name, start, count, last_values):
    return name.lower()


StrEnum = EnumType('StrEnum', (str, ReprEnum), {
    '__module__': 'enum', '__qualname__': 'StrEnum',
    '__doc__': 'Enum where members are also (and must be) strings',
    '__new__': _strenum_new,
    '__str__': _reprenum_str, '__format__': _reprenum_format,
    '_generate_next_value_': staticmethod(_strenum_generate),
})


# --- Flag ----------------------------------------------------------------

def _flag_generate(name, start, count, last_values):
    if not count:
        return start if start is not None else 1
    last_value = max(last_values)
    try:
        high_bit = last_value.bit_length() - 1
    except Exception:
        raise TypeError('invalid flag value %r' % last_value) from None
    return 2 ** (high_bit + 1)


def _flag_missing(cls, value):
    if not isinstance(value, int):
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    flag_mask = cls._flag_mask_
    neg_value = None
    if value < 0:
        neg_value = value
        value = cls._all_bits_ + 1 + value
    unknown = value & ~flag_mask
    if unknown and cls._boundary_ != KEEP:
        width = max(value.bit_length(), flag_mask.bit_length())
        raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                         % (cls, value, _bin(value, width), _bin(flag_mask, width)))
    if cls._member_type_ is object:
        pseudo = object.__new__(cls)
    else:
        pseudo = cls._member_type_.__new__(cls, value)
    if not hasattr(pseudo, '_value_'):
        pseudo._value_ = value
    known = value & flag_mask
    if known or unknown:
        names = [m._name_ for m in cls._iter_members(known)]
        if unknown:
            names.append(hex(unknown) if cls._member_type_ is object else str(unknown))
        pseudo._name_ = '|'.join(names)
    else:
        pseudo._name_ = None
    cls._value2member_map_.setdefault(value, pseudo)
    if neg_value is not None:
        cls._value2member_map_.setdefault(neg_value, pseudo)
    return pseudo


def _bin(num, max_bits):
    # CPython's enum.bin: the sign bit, a space, the digits
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def _flag_iter_members(cls, value):
    result = []
    for name in cls._member_names_:
        member = cls._member_map_[name]
        if _is_single_bit(member._value_) and member._value_ & value == member._value_:
            result.append(member)
    return result


def _flag_contains(self, other):
    if not isinstance(other, self.__class__):
        raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                        % (type(other).__qualname__, self.__class__.__qualname__))
    return other._value_ & self._value_ == other._value_


def _flag_iter(self):
    return iter(type(self)._iter_members(self._value_))


def _flag_len(self):
    return len(_bits(self._value_ & type(self)._flag_mask_))


def _flag_repr(self):
    cls_name = self.__class__.__name__
    value_repr = repr if self._member_type_ is object else self._member_type_.__repr__
    if self._name_ is None:
        return '<%s: %s>' % (cls_name, value_repr(self._value_))
    return '<%s.%s: %s>' % (cls_name, self._name_, value_repr(self._value_))


def _flag_str(self):
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return '%s(%r)' % (cls_name, self._value_)
    return '%s.%s' % (cls_name, self._name_)


def _flag_bool(self):
    return bool(self._value_)


def _flag_or(self, other):
    if isinstance(other, self.__class__):
        other = other._value_
    elif self._member_type_ is not object and isinstance(other, self._member_type_):
        other = other
    else:
        return NotImplemented
    return self.__class__(self._value_ | other)


def _flag_and(self, other):
    if isinstance(other, self.__class__):
        other = other._value_
    elif self._member_type_ is not object and isinstance(other, self._member_type_):
        other = other
    else:
        return NotImplemented
    return self.__class__(self._value_ & other)


def _flag_xor(self, other):
    if isinstance(other, self.__class__):
        other = other._value_
    elif self._member_type_ is not object and isinstance(other, self._member_type_):
        other = other
    else:
        return NotImplemented
    return self.__class__(self._value_ ^ other)


def _flag_invert(self):
    cls = self.__class__
    if cls._boundary_ == KEEP and cls._member_type_ is not object:
        return cls(~self._value_)
    return cls(cls._flag_mask_ ^ self._value_ & cls._flag_mask_)


def _flag_hash(self):
    return hash(self._value_) if self._name_ is None else hash(self._name_)


Flag = EnumType('Flag', (Enum,), {
    '__module__': 'enum', '__qualname__': 'Flag',
    '__doc__': 'Support for flags',
    '_boundary_': STRICT,
    '_generate_next_value_': staticmethod(_flag_generate),
    '_missing_': classmethod(_flag_missing),
    '_iter_members': classmethod(_flag_iter_members),
    '__contains__': _flag_contains,
    '__iter__': _flag_iter,
    '__len__': _flag_len,
    '__repr__': _flag_repr,
    '__str__': _flag_str,
    '__bool__': _flag_bool,
    '__or__': _flag_or, '__ror__': _flag_or,
    '__and__': _flag_and, '__rand__': _flag_and,
    '__xor__': _flag_xor, '__rxor__': _flag_xor,
    '__invert__': _flag_invert,
    '__hash__': _flag_hash,
})

IntFlag = EnumType('IntFlag', (int, ReprEnum, Flag), {
    '__module__': 'enum', '__qualname__': 'IntFlag',
    '__doc__': 'Support for integer-based Flags',
    '_boundary_': KEEP,
    '__str__': _reprenum_str, '__format__': _reprenum_format,
})


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


property = _builtin_property
