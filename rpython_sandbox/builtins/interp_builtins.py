"""The builtin functions (print, len, min, sorted, ...) and the builtins
module each sandbox gets.  BUILTIN_FUNCTIONS is the complete list of what
a guest can call without importing anything; the host may narrow it."""

from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint

from rpython_sandbox.error import oefmt, OperationError
from rpython_sandbox.objects.functionobject import Arguments, function_table, install_functions
from rpython_sandbox.objects.moduleobject import W_ModuleObject, GLOBALS_BUILTIN
from rpython_sandbox.objects.intobject import W_IntObject
from rpython_sandbox.objects.longobject import W_LongObject
from rpython_sandbox.objects.floatobject import W_FloatObject
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.streamobject import W_OutputStream
from rpython_sandbox.objects.listobject import W_ListObject, sort_list
from rpython_sandbox.objects.typeobject import W_TypeObject
from rpython_sandbox.objects.tupleobject import W_TupleObject
from rpython_sandbox.objects.iterobject import W_ReversedIterator
from rpython_sandbox import operators as ops
from rpython_sandbox.jit import sum_driver, any_all_driver
from rpython_sandbox.objects.generatorobject import consume_key

BUILTIN_FUNCTIONS, builtin = function_table()


@builtin("print")
def builtin_print(space, args):
    allowed = ["sep", "end", "file", "flush"]
    w_sep = args.keyword(space, "print", "sep", space.w_None, allowed)
    w_end = args.keyword(space, "print", "end", space.w_None, allowed)
    w_file = args.keyword(space, "print", "file", space.w_None, allowed)
    if space.is_none(w_file):
        w_file = current_stdout(space)
        if w_file is None:
            raise oefmt(space, space.w_RuntimeError, "lost sys.stdout")
        if space.is_none(w_file):
            return space.w_None         # CPython: sys.stdout = None prints nothing
    if not isinstance(w_file, W_OutputStream):
        return print_to_file(space, args, w_file, w_sep, w_end)
    stream = w_file.stream
    sep = u" "
    end = u"\n"
    if not space.is_none(w_sep):
        if not isinstance(w_sep, W_StrObject):
            raise oefmt(space, space.w_TypeError, "sep must be None or a string, not %s", w_sep.typename)
        sep = w_sep.value
    if not space.is_none(w_end):
        if not isinstance(w_end, W_StrObject):
            raise oefmt(space, space.w_TypeError, "end must be None or a string, not %s", w_end.typename)
        end = w_end.value
    parts = [space.str_u(w_x) for w_x in args.args_w]
    space.output.write(stream, sep.join(parts) + end)
    return space.w_None


def current_stdout(space):
    """What print() writes to without file=: the sandbox's sys.stdout if
    the guest imported sys (it may have reassigned it, as
    contextlib.redirect_stdout does), else the request's stdout.  None
    if the guest deleted sys.stdout."""
    importer = space.interp.importer
    if importer is not None:
        w_sys = importer.modules.get("sys", None)
        if w_sys is not None:
            return w_sys.getvalue("stdout")
    return STDOUT


STDOUT = W_OutputStream(1, "<stdout>")


def print_to_file(space, args, w_file, w_sep, w_end):
    """print(..., file=f) for a guest object f (io.StringIO, a user class):
    f.write() for each piece, as CPython writes them."""
    w_write = space.getattr(w_file, "write")
    if not space.is_none(w_sep) and not isinstance(w_sep, W_StrObject):
        raise oefmt(space, space.w_TypeError, "sep must be None or a string, not %s", w_sep.typename)
    if not space.is_none(w_end) and not isinstance(w_end, W_StrObject):
        raise oefmt(space, space.w_TypeError, "end must be None or a string, not %s", w_end.typename)
    for i in range(len(args.args_w)):
        if i > 0:
            if space.is_none(w_sep):
                space.call_function(w_write, [space.newtext(u" ")])
            else:
                space.call_function(w_write, [w_sep])
        space.call_function(w_write, [space.newtext(space.str_u(args.args_w[i]))])
    if space.is_none(w_end):
        space.call_function(w_write, [space.newtext(u"\n")])
    else:
        space.call_function(w_write, [w_end])
    w_flush = args.keyword(space, "print", "flush", space.w_None, ["sep", "end", "file", "flush"])
    if space.is_true(w_flush):
        space.call_function(space.getattr(w_file, "flush"), [])
    return space.w_None


@builtin("len")
def builtin_len(space, args):
    args.check(space, "len", 1, 1)
    return space.newint(space.len_w(args.args_w[0]))


@builtin("abs")
def builtin_abs(space, args):
    args.check(space, "abs", 1, 1)
    w_x = args.args_w[0]
    if isinstance(w_x, W_FloatObject):
        return space.newfloat(abs(w_x.floatval))
    if isinstance(w_x, W_IntObject):
        if w_x.intval < 0:
            return w_x.neg(space)
        return space.newint(w_x.intval)
    if isinstance(w_x, W_LongObject):
        return space.newlong(w_x.num.abs())
    from rpython_sandbox.objects.complexobject import W_ComplexObject, complex_abs
    if isinstance(w_x, W_ComplexObject):
        return space.newfloat(complex_abs(space, w_x))
    from rpython_sandbox.objects.classobject import special_abs
    w_res = special_abs(space, w_x)
    if w_res is not None:
        return w_res
    raise oefmt(space, space.w_TypeError, "bad operand type for abs(): '%s'",
                space.type_name_of(w_x))


def _min_max(space, args, name, op):
    args.check(space, name, 1, 65535, allow_kw=True)
    w_key = args.keyword(space, name, "key", space.w_None, ["key", "default"])
    w_default = args.keyword(space, name, "default", None, ["key", "default"])
    if len(args.args_w) == 1:
        items_w = space.unpack_iterable(args.args_w[0])
    else:
        if w_default is not None:
            raise oefmt(space, space.w_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments", name)
        items_w = args.args_w
    if len(items_w) == 0:
        if w_default is not None:
            return w_default
        raise oefmt(space, space.w_ValueError, "%s() arg is an empty sequence", name)
    w_best = items_w[0]
    w_best_key = w_best
    if not space.is_none(w_key):
        w_best_key = space.call_function(w_key, [w_best])
    for i in range(1, len(items_w)):
        space.check_interrupts_every(i)
        w_item = items_w[i]
        w_item_key = w_item
        if not space.is_none(w_key):
            w_item_key = space.call_function(w_key, [w_item])
        if space.is_true(space.compare(op, w_item_key, w_best_key)):
            w_best = w_item
            w_best_key = w_item_key
    return w_best


@builtin("min")
def builtin_min(space, args):
    return _min_max(space, args, "min", ops.LT)


@builtin("max")
def builtin_max(space, args):
    return _min_max(space, args, "max", ops.GT)


@builtin("sum")
def builtin_sum(space, args):
    args.check(space, "sum", 1, 2, allow_kw=True)
    w_total = args.keyword(space, "sum", "start", space.newint(0), ["start"])
    if len(args.args_w) == 2:
        w_total = args.args_w[1]
    if isinstance(w_total, W_StrObject):
        raise oefmt(space, space.w_TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
    w_iter = space.iter(args.args_w[0])
    code = consume_key(w_iter)
    i = 0
    while True:
        sum_driver.jit_merge_point(code=code)
        w_item = space.next(w_iter)
        if w_item is None:
            return w_total
        i += 1
        space.check_interrupts_every(i)
        w_total = space.add(w_total, w_item)


@builtin("repr")
def builtin_repr(space, args):
    args.check(space, "repr", 1, 1)
    return space.newtext(space.repr_u(args.args_w[0]))


@builtin("ascii")
def builtin_ascii(space, args):
    from rpython_sandbox.objects.formatting import ascii_of
    args.check(space, "ascii", 1, 1)
    return space.newtext(ascii_of(space.repr_u(args.args_w[0])))


@builtin("isinstance")
def builtin_isinstance(space, args):
    args.check(space, "isinstance", 2, 2)
    return space.newbool(_isinstance(space, args.args_w[0], args.args_w[1]))


def _isinstance(space, w_obj, w_check):
    from rpython_sandbox.objects.typingobject import union_types, check_isinstance_arg
    if isinstance(w_check, W_TupleObject):
        for w_t in w_check.items_w:
            if _isinstance(space, w_obj, w_t):
                return True
        return False
    members_w = union_types(w_check)
    if members_w is not None:
        for w_t in members_w:
            if _isinstance(space, w_obj, w_t):
                return True
        return False
    check_isinstance_arg(space, w_check, "isinstance")
    if space.type(w_obj) is not w_check:
        from rpython_sandbox.objects.classobject import meta_check
        res = meta_check(space, w_check, "__instancecheck__", w_obj)
        if res >= 0:
            return res == 1
    if not isinstance(w_check, W_TypeObject):
        raise oefmt(space, space.w_TypeError,
                    "isinstance() arg 2 must be a type, a tuple of types, or a union")
    return space.isinstance_w(w_obj, w_check)


@builtin("sorted")
def builtin_sorted(space, args):
    args.check(space, "sorted", 1, 1, allow_kw=True)
    w_key = args.keyword(space, "sorted", "key", space.w_None, ["key", "reverse"])
    w_reverse = args.keyword(space, "sorted", "reverse", space.w_False, ["key", "reverse"])
    w_list = W_ListObject(space.unpack_iterable(args.args_w[0]))
    sort_list(space, w_list, w_key, space.is_true(w_reverse))
    return w_list


@builtin("round")
def builtin_round(space, args):
    args.check(space, "round", 1, 2, allow_kw=True)
    w_nd = args.keyword(space, "round", "ndigits", space.w_None, ["ndigits"])
    if len(args.args_w) == 2:
        w_nd = args.args_w[1]
    w_x = args.args_w[0]
    if isinstance(w_x, W_FloatObject):
        x = w_x.floatval
        if space.is_none(w_nd):
            from rpython_sandbox.builtins.constructors import int_from_float
            return int_from_float(space, rfloat.round_half_even(x))
        nd = space.clamped_index_w(w_nd)
        if rfloat.isinf(x) or rfloat.isnan(x) or x == 0.0:
            return space.newfloat(x)
        if nd > 400:
            return space.newfloat(x)
        if nd < -400:
            return space.newfloat(0.0 * x)
        return space.newfloat(rfloat.round_double(x, nd, half_even=True))
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        if space.is_none(w_nd):
            return space.newint(w_x.intval) if isinstance(w_x, W_IntObject) else w_x
        nd = space.clamped_index_w(w_nd)
        if nd >= 0:
            if isinstance(w_x, W_IntObject):
                return space.newint(w_x.intval)    # round(True, 1) is the int 1
            return w_x
        return _round_int(space, w_x, -nd)
    w_type = w_x.gettype(space)
    if w_type.is_user:
        w_meth = w_type.lookup("__round__")
        if w_meth is not None:
            from rpython_sandbox.objects.classobject import call_bound
            if len(args.args_w) == 2 or not space.is_none(w_nd):
                return call_bound(space, w_meth, w_x, [w_nd])
            return call_bound(space, w_meth, w_x, [])
    from rpython_sandbox.space import builtin_value
    w_value = builtin_value(w_x)
    if w_value is not w_x:          # a subclass of float or int
        return builtin_round(space, Arguments([w_value, w_nd]))
    raise oefmt(space, space.w_TypeError, "type %s doesn't define __round__ method",
                space.type_name_of(w_x))


def _round_int(space, w_x, ndigits):
    """Round an int to a negative number of digits, half to even."""
    if ndigits > 4300:
        return space.newint(0)
    from rpython_sandbox.objects.longobject import to_rbigint
    x = to_rbigint(w_x)
    pow10 = rbigint.fromint(10).pow(rbigint.fromint(ndigits))
    q, r = x.divmod(pow10)
    twice = r.lshift(1)
    if twice.gt(pow10) or (twice.eq(pow10) and q.int_and_(1).tobool()):
        q = q.int_add(1)
    return space.newlong(q.mul(pow10))


@builtin("divmod")
def builtin_divmod(space, args):
    args.check(space, "divmod", 2, 2)
    from rpython_sandbox.space import builtin_value
    from rpython_sandbox.objects.classobject import divmod_special
    w_res = divmod_special(space, args.args_w[0], args.args_w[1])
    if w_res is not None:
        return w_res
    w_a = builtin_value(args.args_w[0])
    w_b = builtin_value(args.args_w[1])
    if isinstance(w_a, W_FloatObject) or isinstance(w_b, W_FloatObject):
        if (space.is_index(w_b) or isinstance(w_b, W_FloatObject)) and \
                (space.is_index(w_a) or isinstance(w_a, W_FloatObject)) and \
                space.float_w(w_b) == 0.0:
            raise oefmt(space, space.w_ZeroDivisionError, "float divmod()")
    elif space.is_index(w_a) and space.is_index(w_b) and not space.is_true(w_b):
        raise oefmt(space, space.w_ZeroDivisionError, "integer division or modulo by zero")
    elif not ((space.is_index(w_a) or isinstance(w_a, W_FloatObject)) and
              (space.is_index(w_b) or isinstance(w_b, W_FloatObject))):
        raise oefmt(space, space.w_TypeError,
                    "unsupported operand type(s) for divmod(): '%s' and '%s'",
                    space.type_name_of(args.args_w[0]), space.type_name_of(args.args_w[1]))
    return space.newtuple([space.binary_op(ops.FLOORDIV, w_a, w_b),
                           space.binary_op(ops.MOD, w_a, w_b)])


@builtin("pow")
def builtin_pow(space, args):
    args.check(space, "pow", 2, 3)
    w_base = args.args_w[0]
    w_exp = args.args_w[1]
    if len(args.args_w) == 2 or space.is_none(args.args_w[2]):
        return space.binary_op(ops.POW, w_base, w_exp)
    from rpython_sandbox.objects.longobject import to_rbigint
    base = to_rbigint(w_base)
    exp = to_rbigint(w_exp)
    mod = to_rbigint(args.args_w[2])
    if base is None or exp is None or mod is None:
        raise oefmt(space, space.w_TypeError,
                    "pow() 3rd argument not allowed unless all arguments are integers")
    if mod.sign == 0:
        raise oefmt(space, space.w_ValueError, "pow() 3rd argument cannot be 0")
    if exp.sign < 0:
        base = _mod_inverse(space, base, mod)
        exp = exp.neg()
    # modular exponentiation: one multiplication per bit, numbers below mod
    space.charge_work(exp.bit_length() * (mod.numdigits() + 1))
    return space.newlong(base.pow(exp, mod))


def _mod_inverse(space, a, m):
    """a**-1 modulo m (Python 3.8's pow(a, -1, m)), by extended Euclid."""
    m_abs = m.abs()
    r0, r1 = a.mod(m_abs), m_abs
    s0, s1 = rbigint.fromint(1), rbigint.fromint(0)
    while r1.sign != 0:
        q, r = r0.divmod(r1)
        r0, r1 = r1, r
        s0, s1 = s1, s0.sub(q.mul(s1))
    if not r0.eq(rbigint.fromint(1)):
        raise oefmt(space, space.w_ValueError, "base is not invertible for the given modulus")
    return s0.mod(m_abs)


@builtin("hash")
def builtin_hash(space, args):
    args.check(space, "hash", 1, 1)
    return space.newint(space.hash_w(args.args_w[0]))


@builtin("chr")
def builtin_chr(space, args):
    args.check(space, "chr", 1, 1)
    c = space.index_w(args.args_w[0])
    if c < 0 or c > 0x10ffff:
        raise oefmt(space, space.w_ValueError, "chr() arg not in range(0x110000)")
    return space.newtext(unichr(c))


@builtin("ord")
def builtin_ord(space, args):
    args.check(space, "ord", 1, 1)
    w_c = args.args_w[0]
    if not isinstance(w_c, W_StrObject):
        raise oefmt(space, space.w_TypeError,
                    "ord() expected string of length 1, but %s found", w_c.typename)
    if len(w_c.value) != 1:
        raise oefmt(space, space.w_TypeError,
                    "ord() expected a character, but string of length %d found", len(w_c.value))
    return space.newint(ord(w_c.value[0]))


def _any_all(space, args, name, stop_on):
    """any() and all(): stop at the first item whose truth is stop_on."""
    args.check(space, name, 1, 1)
    w_iter = space.iter(args.args_w[0])
    code = consume_key(w_iter)
    while True:
        any_all_driver.jit_merge_point(code=code)
        w_item = space.next(w_iter)
        if w_item is None:
            return space.newbool(not stop_on)
        if space.is_true(w_item) == stop_on:
            return space.newbool(stop_on)


@builtin("any")
def builtin_any(space, args):
    return _any_all(space, args, "any", True)


@builtin("all")
def builtin_all(space, args):
    return _any_all(space, args, "all", False)


@builtin("reversed")
def builtin_reversed(space, args):
    args.check(space, "reversed", 1, 1)
    w_seq = args.args_w[0]
    if isinstance(w_seq, W_ListObject) or isinstance(w_seq, W_TupleObject) or \
            isinstance(w_seq, W_StrObject):
        return W_ReversedIterator(space.unpack_iterable(w_seq))
    from rpython_sandbox.objects.rangeobject import W_RangeObject
    from rpython_sandbox.objects.dictobject import W_DictObject
    from rpython_sandbox.objects.bytesobject import W_BytesObject
    from rpython_sandbox.objects.dictobject import W_DictView
    from rpython_sandbox.builtins.interp_array import W_ArrayObject
    if isinstance(w_seq, W_RangeObject) or isinstance(w_seq, W_DictObject) or \
            isinstance(w_seq, W_BytesObject) or isinstance(w_seq, W_DictView) or \
            isinstance(w_seq, W_ArrayObject):
        return W_ReversedIterator(space.unpack_iterable(w_seq))
    w_type = w_seq.gettype(space)
    if w_type.is_user:
        from rpython_sandbox.objects.classobject import call_bound
        w_meth = w_type.lookup("__reversed__")
        if w_meth is not None:
            return call_bound(space, w_meth, w_seq, [])
        if w_type.lookup("__len__") is not None and w_type.lookup("__getitem__") is not None:
            # the sequence protocol: w_seq[len - 1] down to w_seq[0]
            from rpython_sandbox.builtins.interp_builtins_lib import W_SeqReversedIterator
            return W_SeqReversedIterator(w_seq, space.len_w(w_seq))
    from rpython_sandbox.space import builtin_value
    w_value = builtin_value(w_seq)
    if w_value is not w_seq:        # a subclass of list, tuple, str, ...
        return builtin_reversed(space, Arguments([w_value]))
    raise oefmt(space, space.w_TypeError, "'%s' object is not reversible",
                space.type_name_of(w_seq))


@builtin("iter")
def builtin_iter(space, args):
    args.check(space, "iter", 1, 2)
    if len(args.args_w) == 2:
        from rpython_sandbox.builtins.interp_builtins_lib import W_CallableIterator
        return W_CallableIterator(args.args_w[0], args.args_w[1])
    return space.iter(args.args_w[0])


@builtin("next")
def builtin_next(space, args):
    args.check(space, "next", 1, 2)
    from rpython_sandbox.objects.generatorobject import W_Generator
    w_gen = args.args_w[0]
    if isinstance(w_gen, W_Generator) and not w_gen.is_coroutine and len(args.args_w) == 1:
        return w_gen.send(space, space.w_None)   # StopIteration carries the value
    w_item = space.next(w_gen)
    if w_item is None:
        if len(args.args_w) == 2:
            return args.args_w[1]
        raise OperationError(space.new_exception(space.w_StopIteration, []))
    return w_item


# the library's additions register themselves in BUILTIN_FUNCTIONS
from rpython_sandbox.builtins import interp_builtins_lib    # noqa: E402,F401

# Types that are also builtin names (calling them constructs).
BUILTIN_TYPES = ["int", "float", "str", "bool", "list", "tuple", "dict", "range",
                 "slice", "enumerate", "zip", "type", "bytes", "object", "complex",
                 "set", "frozenset"]


def make_builtins_module(space, allowed=None):
    """The builtins module of one sandbox; `allowed` (a list of names, or
    None for all) is the host's whitelist.  Exception classes are always
    present: without them a guest cannot even catch its own errors."""
    w_mod = W_ModuleObject("builtins")
    install_functions(w_mod, BUILTIN_FUNCTIONS, allowed)
    for name in BUILTIN_TYPES:
        if allowed is None or name in allowed:
            w_mod.setvalue(name, _type_by_name(space, name))
    if allowed is None or "bytearray" in allowed:
        from rpython_sandbox.objects.bytearrayobject import bytearray_type
        w_mod.setvalue("bytearray", bytearray_type(space))
    for name, w_type in space.exception_types.items():
        w_mod.setvalue(name, w_type)
    from rpython_sandbox.space import EXCEPTION_ALIASES
    for alias, name in EXCEPTION_ALIASES:
        w_mod.setvalue(alias, space.exception_types[name])
    from rpython_sandbox.builtins.interp_classes import add_class_builtins
    add_class_builtins(space, w_mod, allowed)
    if allowed is None or "globals" in allowed:
        # a placeholder: LOAD_GLOBAL/LOAD_NAME give each module its own
        w_mod.setvalue("globals", GLOBALS_BUILTIN)
    w_mod.setvalue("None", space.w_None)
    w_mod.setvalue("Ellipsis", space.w_Ellipsis)
    w_mod.setvalue("True", space.w_True)
    w_mod.setvalue("False", space.w_False)
    return w_mod


def _type_by_name(space, name):
    for w_type in [space.w_int, space.w_float, space.w_str, space.w_bool, space.w_list,
                   space.w_tuple, space.w_dict, space.w_range, space.w_slice,
                   space.w_enumerate, space.w_zip, space.w_type, space.w_bytes,
                   space.w_object, space.w_complex, space.w_set, space.w_frozenset]:
        if w_type.name == name:
            return w_type
    raise KeyError(name)
