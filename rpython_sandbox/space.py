"""The object space: the one door between the interpreter loop and objects.

The loop never looks inside a W_ object; it asks the space (`space.add`,
`space.getitem`, `space.call_args`, ...), which dispatches to the objects'
methods and implements Python's protocol around them (reflected operands,
NotImplemented, truthiness, hashing, ...).  The space also owns the
prebuilt values (None, True, False, the builtin types and exception classes).
"""

import math

from rpython.rlib import jit
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rarithmetic import ovfcheck
from rpython.rlib.objectmodel import compute_identity_hash
from rpython.rlib import rfloat

from rpython_sandbox.error import OperationError, oefmt
from rpython_sandbox import operators as ops
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.noneobject import W_NoneObject
from rpython_sandbox.objects.intobject import W_IntObject, W_BoolObject
from rpython_sandbox.objects.longobject import W_LongObject
from rpython_sandbox.objects.floatobject import W_FloatObject, float_repr
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.bytesobject import W_BytesObject
from rpython_sandbox.objects.listobject import W_ListObject
from rpython_sandbox.objects.tupleobject import W_TupleObject
from rpython_sandbox.objects.dictobject import W_DictObject, holder as dict_space_holder
from rpython_sandbox.objects.typeobject import W_TypeObject
from rpython_sandbox.objects.exceptionobject import W_BaseException
from rpython_sandbox.objects.functionobject import W_BoundMethod, W_Function, Arguments
from rpython_sandbox.objects.sliceobject import W_SliceObject
from rpython_sandbox.objects import bigarith

# The builtin exception classes: (name, base name).  Order matters: a base
# comes before its subclasses.
EXCEPTION_CLASSES = [
    ("BaseException", None),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("FloatingPointError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("StopAsyncIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("EOFError", "Exception"),
    ("BufferError", "Exception"),
    ("ReferenceError", "Exception"),
    ("SystemError", "Exception"),
    # nothing in the sandbox raises the OS errors; scripts define handlers
    # and raise them for their own reasons
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
]
# other names of the same classes, as in CPython
EXCEPTION_ALIASES = [("IOError", "OSError"), ("EnvironmentError", "OSError")]

MAX_REPR_DEPTH = 200
# a single allocation refused even without a quota (1 TiB): nothing could hold it
ABSURD_ALLOCATION = 1 << 40
# CPython 3.11's default int_max_str_digits: str(int) is quadratic, so it is
# bounded; 4300 decimal digits is about 14284 bits.
MAX_STR_DIGITS = 4300
MAX_STR_BITS = 14284


@jit.elidable
def builtin_value(w_obj):
    """The builtin value of an instance of a subclass of a builtin type
    (objects/builtinsub.py), else the object itself."""
    from rpython_sandbox.objects.classobject import W_InstanceObject
    if isinstance(w_obj, W_InstanceObject) and w_obj.w_storage is not None:
        return w_obj.w_storage
    return w_obj


def find_method(table, name):
    """A builtin type's method by name.  The tables never change, so with a
    known type and a constant name the JIT folds the lookup away."""
    return table.get(name, None)


def _is_sequence(w_obj):
    return (isinstance(w_obj, W_StrObject) or isinstance(w_obj, W_ListObject)
            or isinstance(w_obj, W_TupleObject) or isinstance(w_obj, W_BytesObject))


class ObjSpace(object):
    def __init__(self):
        self.w_None = W_NoneObject()
        from rpython_sandbox.objects.noneobject import W_EllipsisObject
        self.w_Ellipsis = W_EllipsisObject()
        self.w_True = W_BoolObject(1)
        self.w_False = W_BoolObject(0)
        self.interp = None          # the Interpreter, set when it is made
        self.limits = None          # the Limits of the running sandbox
        self.repr_stack = []        # objects whose repr is being built
        self.accountant = None      # pool.Accountant: charges the running sandbox
        self._small_ints = [W_IntObject(i) for i in range(-5, 257)]
        self._make_types()
        self._make_exceptions()
        from rpython_sandbox.objects import builtinsub
        builtinsub.install(self)
        from rpython_sandbox.objects import protocoltypes
        protocoltypes.install(self)
        dict_space_holder.space = self

    def _make_types(self):
        from rpython_sandbox.builtins import constructors as c
        from rpython_sandbox.objects import classobject
        w_object = W_TypeObject("object", None, classobject.construct_object)
        self.w_object = w_object
        self.w_type = W_TypeObject("type", w_object, c.construct_type, subclassable=True)
        self.w_int = W_TypeObject("int", w_object, c.construct_int, subclassable=True)
        self.w_bool = W_TypeObject("bool", self.w_int, c.construct_bool)
        self.w_float = W_TypeObject("float", w_object, c.construct_float, subclassable=True)
        self.w_str = W_TypeObject("str", w_object, c.construct_str, subclassable=True)
        self.w_bytes = W_TypeObject("bytes", w_object, c.construct_bytes, subclassable=True)
        self.w_list = W_TypeObject("list", w_object, c.construct_list, subclassable=True)
        self.w_tuple = W_TypeObject("tuple", w_object, c.construct_tuple, subclassable=True)
        self.w_dict = W_TypeObject("dict", w_object, c.construct_dict, subclassable=True)
        self.w_range = W_TypeObject("range", w_object, c.construct_range)
        self.w_slice = W_TypeObject("slice", w_object, c.construct_slice)
        self.w_enumerate = W_TypeObject("enumerate", w_object, c.construct_enumerate)
        self.w_zip = W_TypeObject("zip", w_object, c.construct_zip)
        self.w_NoneType = W_TypeObject("NoneType", w_object)
        self.w_ellipsis = W_TypeObject("ellipsis", w_object)
        self.w_function = W_TypeObject("function", w_object)
        self.w_builtin_function = W_TypeObject("builtin_function_or_method", w_object)
        self.w_module = W_TypeObject("module", w_object)
        from rpython_sandbox.objects.complexobject import construct_complex
        self.w_complex = W_TypeObject("complex", w_object, construct_complex)
        self.w_textio = W_TypeObject("TextIOWrapper", w_object)
        classobject.make_class_types(self)
        from rpython_sandbox.objects import setobject
        self.w_set = W_TypeObject("set", w_object, setobject.construct_set,
                                  subclassable=True)
        self.w_frozenset = W_TypeObject("frozenset", w_object,
                                        setobject.construct_frozenset, subclassable=True)
        self.w_generator = W_TypeObject("generator", w_object)
        self.w_coroutine = W_TypeObject("coroutine", w_object)
        self.w_coroutine_wrapper = W_TypeObject("coroutine_wrapper", w_object)

    def _make_exceptions(self):
        self.exception_types = {}
        for name, base in EXCEPTION_CLASSES:
            w_base = self.w_object
            if base is not None:
                w_base = self.exception_types[base]
            self.exception_types[name] = W_TypeObject(name, w_base, is_exception=True)
        t = self.exception_types
        self.w_BaseException = t["BaseException"]
        self.w_Exception = t["Exception"]
        self.w_SystemExit = t["SystemExit"]
        self.w_StopIteration = t["StopIteration"]
        self.w_GeneratorExit = t["GeneratorExit"]
        self.w_OverflowError = t["OverflowError"]
        self.w_ZeroDivisionError = t["ZeroDivisionError"]
        self.w_AssertionError = t["AssertionError"]
        self.w_AttributeError = t["AttributeError"]
        self.w_ImportError = t["ImportError"]
        self.w_IndexError = t["IndexError"]
        self.w_KeyError = t["KeyError"]
        self.w_MemoryError = t["MemoryError"]
        self.w_NameError = t["NameError"]
        self.w_UnboundLocalError = t["UnboundLocalError"]
        self.w_RuntimeError = t["RuntimeError"]
        self.w_RecursionError = t["RecursionError"]
        self.w_StopAsyncIteration = t["StopAsyncIteration"]
        self.w_TypeError = t["TypeError"]
        self.w_ValueError = t["ValueError"]
        self.w_UnicodeError = t["UnicodeError"]
        from rpython_sandbox.objects.classobject import add_exception_slots
        add_exception_slots(self)

    # --- making values ------------------------------------------------------
    def newint(self, value):
        if -5 <= value <= 256:
            return self._small_ints[value + 5]
        return W_IntObject(value)

    def newlong(self, num):
        """An int from an rbigint: a machine int whenever it fits."""
        try:
            return self.newint(num.toint())
        except OverflowError:
            return W_LongObject(num)

    def newfloat(self, value):
        return W_FloatObject(value)

    def newbool(self, value):
        if value:
            return self.w_True
        return self.w_False

    def newtext(self, value):
        assert isinstance(value, unicode)
        return W_StrObject(value)

    def newtext_utf8(self, s):
        from rpython_sandbox.wire import decode_utf8
        return W_StrObject(decode_utf8(s))

    def newbytes(self, s):
        return W_BytesObject(s)

    def newlist(self, items_w):
        return W_ListObject(items_w)

    def newtuple(self, items_w):
        return W_TupleObject(items_w)

    def newdict(self):
        return W_DictObject()

    def new_exception(self, w_type, args_w):
        return W_BaseException(w_type, args_w)

    # --- identity and truth -------------------------------------------------
    def is_none(self, w_obj):
        return w_obj is self.w_None

    def is_true(self, w_obj):
        if isinstance(w_obj, W_BoolObject):
            return w_obj.intval != 0
        return w_obj.is_true(self)

    def type(self, w_obj):
        return w_obj.gettype(self)

    def isinstance_w(self, w_obj, w_type):
        return w_obj.gettype(self).issubtype(w_type)

    # --- text ------------------------------------------------------------------
    def repr_u(self, w_obj):
        return w_obj.repr(self)

    def str_u(self, w_obj):
        return w_obj.str(self)

    def repr_utf8(self, w_obj):
        from rpython_sandbox.wire import encode_utf8
        return encode_utf8(w_obj.repr(self))

    def enter_repr(self, w_obj):
        """Guard against infinite recursion in repr of self-containing
        containers: False if w_obj is already being repr'd."""
        for w_x in self.repr_stack:
            if w_x is w_obj:
                return False
        if len(self.repr_stack) >= MAX_REPR_DEPTH:
            raise oefmt(self, self.w_RecursionError,
                        "maximum recursion depth exceeded while getting the repr of an object")
        self.repr_stack.append(w_obj)
        return True

    def leave_repr(self, w_obj):
        self.repr_stack.pop()

    def repr_sequence(self, w_obj, opening, items_w, closing):
        if len(items_w) == 0:
            return opening + closing
        if not self.enter_repr(w_obj):
            return opening + u"..." + closing
        try:
            parts = [self.repr_u(w_item) for w_item in items_w]
        finally:
            self.leave_repr(w_obj)
        return opening + u", ".join(parts) + closing

    # --- hashing and comparison -------------------------------------------
    def hash_w(self, w_obj):
        return w_obj.hash(self)

    def eq_w(self, w_a, w_b):
        if w_a is w_b:
            return True     # identity implies equality for containers (NaN aside, as CPython)
        # classes and functions are equal only to themselves (`cls in
        # (int, str, ...)`, dispatch dicts keyed by classes): no bool made
        if (type(w_a) is W_TypeObject and type(w_b) is W_TypeObject and
                w_a.w_metaclass is None and w_b.w_metaclass is None):
            return False
        if type(w_a) is W_Function and type(w_b) is W_Function:
            return False
        return self.is_true(self.eq(w_a, w_b))

    def eq(self, w_a, w_b):
        w_res = w_a.eq(self, w_b)
        if w_res is None:
            w_res = w_b.eq_reflected(self, w_a)
            if w_res is None:
                return self.newbool(w_a is w_b)
        return w_res

    def ne(self, w_a, w_b):
        # user classes may define __ne__ (W_Root.ne is None for the others)
        w_res = w_a.ne(self, w_b)
        if w_res is None:
            w_res = w_b.ne_reflected(self, w_a)
            if w_res is None:
                return self.newbool(not self.is_true(self.eq(w_a, w_b)))
        return w_res

    def lt_w(self, w_a, w_b):
        return self.is_true(self.compare(ops.LT, w_a, w_b))

    def compare(self, op, w_a, w_b):
        """The rich comparison `w_a OP w_b` for OP in COMPARE_OPERATORS."""
        if op == ops.EQ:
            return self.eq(w_a, w_b)
        if op == ops.NE:
            return self.ne(w_a, w_b)
        if op == ops.IS:
            return self.newbool(w_a is w_b)
        if op == ops.IS_NOT:
            return self.newbool(w_a is not w_b)
        if op == ops.IN:
            return self.newbool(self.contains(w_b, w_a))
        if op == ops.NOT_IN:
            return self.newbool(not self.contains(w_b, w_a))
        w_res = w_a.compare(self, op, w_b)
        if w_res is None:
            w_res = w_b.compare(self, ops.reflect(op), w_a)
            if w_res is None:
                raise oefmt(self, self.w_TypeError,
                            "'%s' not supported between instances of '%s' and '%s'",
                            ops.ORDER_SYMBOLS[op], self.type_name_of(w_a),
                            self.type_name_of(w_b))
        return w_res

    def sequences_equal(self, a_w, b_w):
        if len(a_w) != len(b_w):
            return False
        for i in range(len(a_w)):
            if not self.eq_w(a_w[i], b_w[i]):
                return False
        return True

    def sequences_compare(self, op, a_w, b_w):
        """Lexicographic ordering, as for lists and tuples."""
        n = min(len(a_w), len(b_w))
        for i in range(n):
            if not self.eq_w(a_w[i], b_w[i]):
                return self.is_true(self.compare(op, a_w[i], b_w[i]))
        return ops.ordered(op, len(a_w), len(b_w))

    # --- arithmetic -------------------------------------------------------------
    def binary_op(self, op, w_a, w_b):
        # the common int case first, so the JIT sees two guards and an add
        if type(w_a) is W_IntObject and type(w_b) is W_IntObject:
            from rpython_sandbox.objects.intobject import int_binop
            w_res = int_binop(self, op, w_a.intval, w_b.intval)
            if w_res is not None:
                return w_res
        w_res = w_a.binop(self, op, w_b)
        if w_res is None:
            w_res = w_b.rbinop(self, op, w_a)
            if w_res is None:
                w_res = self._binop_fallback(op, w_a, w_b)
        return w_res

    def _binop_fallback(self, op, w_a, w_b):
        w_va = builtin_value(w_a)
        w_vb = builtin_value(w_b)
        if w_va is not w_a or w_vb is not w_b:
            # [0] + L([1]): the builtin operation takes a subclass instance
            return self.binary_op(op, w_va, w_vb)
        # int op float and friends: the float side knows the int side
        if isinstance(w_b, W_FloatObject) or isinstance(w_a, W_FloatObject):
            if isinstance(w_a, W_FloatObject):
                w_res = w_a.binop(self, op, w_b)
            else:
                assert isinstance(w_b, W_FloatObject)
                w_res = w_b.rbinop(self, op, w_a)
            if w_res is not None:
                return w_res
        if op == ops.ADD and (isinstance(w_a, W_StrObject) or isinstance(w_a, W_ListObject)
                              or isinstance(w_a, W_TupleObject)):
            raise oefmt(self, self.w_TypeError, 'can only concatenate %s (not "%s") to %s',
                        w_a.typename, w_b.typename, w_a.typename)
        if op == ops.ADD and isinstance(w_a, W_BytesObject):
            raise oefmt(self, self.w_TypeError, "can't concat %s to bytes", w_b.typename)
        if op == ops.MUL and (_is_sequence(w_a) or _is_sequence(w_b)):
            w_other = w_b if _is_sequence(w_a) else w_a
            raise oefmt(self, self.w_TypeError,
                        "can't multiply sequence by non-int of type '%s'",
                        self.type_name_of(w_other))
        raise oefmt(self, self.w_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                    ops.BINOP_SYMBOLS[op], self.type_name_of(w_a), self.type_name_of(w_b))

    def inplace_op(self, op, w_a, w_b):
        w_res = w_a.inplace_op(self, op, w_b)
        if w_res is not None:
            return w_res
        return self.binary_op(op, w_a, w_b)

    def add(self, w_a, w_b):
        return self.binary_op(ops.ADD, w_a, w_b)

    def unary_op(self, op, w_a):
        if op == ops.NOT:
            return self.newbool(not self.is_true(w_a))
        if op == ops.NEG:
            return w_a.neg(self)
        if op == ops.POS:
            return w_a.pos(self)
        return w_a.invert(self)

    def long_binop(self, op, a, b):
        """a OP b on rbigints (the slow path of int arithmetic)."""
        if op == ops.ADD:
            return self.newlong(a.add(b))
        if op == ops.SUB:
            return self.newlong(a.sub(b))
        if op == ops.MUL:
            self.check_allocation(a.numdigits() + b.numdigits(), 1, 8)
            return self.newlong(bigarith.mul(self, a, b))
        if op == ops.FLOORDIV or op == ops.MOD:
            if b.sign == 0:
                if op == ops.MOD:
                    raise oefmt(self, self.w_ZeroDivisionError, "integer modulo by zero")
                raise oefmt(self, self.w_ZeroDivisionError, "integer division or modulo by zero")
            q, r = bigarith.floordivmod(self, a, b)
            if op == ops.FLOORDIV:
                return self.newlong(q)
            return self.newlong(r)
        if op == ops.TRUEDIV:
            if b.sign == 0:
                raise oefmt(self, self.w_ZeroDivisionError, "division by zero")
            return self.newfloat(self.bigint_truediv(a, b))
        if op == ops.POW:
            if b.sign < 0:
                return self.float_pow(self.bigint_to_float(a), self.bigint_to_float(b))
            if a.sign == 0 or a.abs().eq(rbigint.fromint(1)):
                return self.newlong(a.pow(b))      # 0, 1 or -1 whatever the exponent
            self.check_pow_size(a, b)
            return self.newlong(bigarith.power(self, a, b.toint()))
        if op == ops.LSHIFT:
            if b.sign < 0:
                raise oefmt(self, self.w_ValueError, "negative shift count")
            try:
                shift = b.toint()
            except OverflowError:
                raise oefmt(self, self.w_OverflowError, "too many digits in integer")
            self.check_allocation(a.numdigits() + shift // 60 + 1, 1, 8)
            return self.newlong(a.lshift(shift))
        if op == ops.RSHIFT:
            if b.sign < 0:
                raise oefmt(self, self.w_ValueError, "negative shift count")
            try:
                shift = b.toint()
            except OverflowError:
                if a.sign < 0:
                    return self.newint(-1)
                return self.newint(0)
            return self.newlong(a.rshift(shift))
        if op == ops.AND:
            return self.newlong(a.and_(b))
        if op == ops.OR:
            return self.newlong(a.or_(b))
        if op == ops.XOR:
            return self.newlong(a.xor(b))
        raise oefmt(self, self.w_TypeError, "unsupported operand type(s) for %s: 'int' and 'int'",
                    ops.BINOP_SYMBOLS[op])

    def check_pow_size(self, a, b):
        """Refuse a ** b before computing it when the result cannot fit the
        heap quota (2 ** 10**10 is 1.25 GB of digits).  |a| > 1."""
        try:
            e = b.toint()
        except OverflowError:
            e = -1
        bits = a.bit_length()
        if e < 0 or (bits > 0 and e > (1 << 62) // bits):
            raise oefmt(self, self.w_MemoryError, "result of ** would be too large")
        self.check_allocation((bits - 1) * e // 8 + 1, 1, 1)

    def bigint_truediv(self, a, b):
        try:
            return a.truediv(b)
        except OverflowError:
            raise oefmt(self, self.w_OverflowError, "integer division result too large for a float")

    def bigint_to_float(self, a):
        try:
            return a.tofloat()
        except OverflowError:
            raise oefmt(self, self.w_OverflowError, "int too large to convert to float")

    def bigint_to_decimal(self, a):
        # text conversion is quadratic: bound it like CPython 3.11's
        # int_max_str_digits, so str(huge) cannot run for minutes
        bits = a.bit_length()
        if bits > MAX_STR_BITS + 8:
            raise self._too_many_digits()
        # the conversion is quadratic in the digits: charge it as work, so a
        # loop of conversions reaches its check points at the right pace
        words = a.numdigits()
        self.charge_work(words * words // 8 + 1)
        text = a.str()
        if bits > MAX_STR_BITS - 8 and len(text) - (a.sign < 0) > MAX_STR_DIGITS:
            raise self._too_many_digits()
        return unicode(text)

    def _too_many_digits(self):
        return oefmt(self, self.w_ValueError,
                     "Exceeds the limit (%d digits) for integer string conversion; "
                     "use sys.set_int_max_str_digits() to increase the limit", MAX_STR_DIGITS)

    def float_pow(self, x, y):
        """float ** float with CPython's special cases and errors."""
        if y == 0.0:
            return self.newfloat(1.0)
        if math.isnan(x) or math.isnan(y):
            if x == 1.0:
                return self.newfloat(1.0)
            return self.newfloat(rfloat.NAN)
        if x == 0.0 and y < 0.0:
            raise oefmt(self, self.w_ZeroDivisionError, "0.0 cannot be raised to a negative power")
        if x < 0.0 and not math.isinf(x) and not math.isinf(y) and y != math.floor(y):
            # a complex result, as CPython
            from rpython_sandbox.objects.complexobject import W_ComplexObject, c_pow
            r, i = c_pow(self, x, 0.0, y, 0.0)
            return W_ComplexObject(r, i)
        try:
            return self.newfloat(math.pow(x, y))
        except OverflowError:
            raise oefmt(self, self.w_OverflowError, "(34, 'Numerical result out of range')")
        except ValueError:
            raise oefmt(self, self.w_ValueError, "math domain error")

    # --- containers -------------------------------------------------------------
    def len_w(self, w_obj):
        return w_obj.length(self)

    def getitem(self, w_obj, w_key):
        return w_obj.getitem(self, w_key)

    def setitem(self, w_obj, w_key, w_value):
        w_obj.setitem(self, w_key, w_value)

    def delitem(self, w_obj, w_key):
        w_obj.delitem(self, w_key)

    def contains(self, w_container, w_item):
        return w_container.contains(self, w_item)

    def iter(self, w_obj):
        return w_obj.iter(self)

    def next(self, w_iter):
        """The next item, or None at the end."""
        return w_iter.next(self)

    def unpack_iterable(self, w_obj):
        return w_obj.unpack(self)

    def newslice(self, w_start, w_stop, w_step):
        return W_SliceObject(w_start, w_stop, w_step)

    # --- numbers as machine values --------------------------------------------
    def is_index(self, w_obj):
        if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
            return True
        w_v = builtin_value(w_obj)
        return w_v is not w_obj and (isinstance(w_v, W_IntObject) or
                                     isinstance(w_v, W_LongObject))

    # --- the conversion hooks of user classes (__index__, __float__, ...) --------
    def user_special(self, w_obj, name):
        """Call the special method `name` of a user class's instance with no
        arguments; None if it is not a user instance or has no such method."""
        w_type = w_obj.gettype(self)
        if not w_type.is_user:
            return None
        # Only a method a user class defines: a builtin base's slot (int's
        # __index__ for a subclass of int) is its builtin value's business
        # (builtin_value), and calling it would come back here.
        w_meth = None
        for w_t in w_type.mro_w:
            w_meth = w_t.dict_w.get(name, None)
            if w_meth is not None:
                if not w_t.is_user:
                    return None
                break
        if w_meth is None:
            return None
        from rpython_sandbox.objects.classobject import call_bound
        return call_bound(self, w_meth, w_obj, [])

    def has_index(self, w_obj):
        """An int, or an object whose class defines __index__."""
        if self.is_index(w_obj):
            return True
        w_type = w_obj.gettype(self)
        return w_type.is_user and w_type.lookup("__index__") is not None

    def index_of(self, w_obj):
        """operator.index(w_obj) as an int object, or None if it has none."""
        if self.is_index(w_obj):
            return w_obj
        w_res = self.user_special(w_obj, "__index__")
        if w_res is None:
            return None
        if not self.is_index(w_res):
            raise oefmt(self, self.w_TypeError, "__index__ returned non-int (type %s)",
                        self.type_name_of(w_res))
        return w_res

    def index_w(self, w_obj):
        """An int argument as a machine int (OverflowError past 64 bits)."""
        if isinstance(w_obj, W_IntObject):
            return w_obj.intval
        if isinstance(w_obj, W_LongObject):
            try:
                return w_obj.num.toint()
            except OverflowError:
                raise oefmt(self, self.w_OverflowError,
                            "Python int too large to convert to C ssize_t")
        w_v = builtin_value(w_obj)
        if w_v is not w_obj and self.is_index(w_v):    # a subclass of int
            return self.index_w(w_v)
        w_index = self.index_of(w_obj)
        if w_index is not None and w_index is not w_obj:
            return self.index_w(w_index)
        raise oefmt(self, self.w_TypeError,
                    "'%s' object cannot be interpreted as an integer", w_obj.typename)

    def clamped_index_w(self, w_obj):
        """An index that may be huge (slice bounds): clamped to the machine range."""
        if isinstance(w_obj, W_LongObject):
            if w_obj.num.sign < 0:
                return -(1 << 62)
            return 1 << 62
        return self.index_w(w_obj)

    def float_w(self, w_obj):
        if isinstance(w_obj, W_FloatObject):
            return w_obj.floatval
        if isinstance(w_obj, W_IntObject):
            return float(w_obj.intval)
        if isinstance(w_obj, W_LongObject):
            return self.bigint_to_float(w_obj.num)
        w_float = self.float_hook(w_obj)
        if w_float is not None:
            return self.float_w(w_float)
        w_v = builtin_value(w_obj)
        if w_v is not w_obj:
            return self.float_w(w_v)
        raise oefmt(self, self.w_TypeError,
                    "must be real number, not %s", self.type_name_of(w_obj))

    def float_hook(self, w_obj):
        """A user instance as a float (its __float__, else its __index__),
        or None."""
        w_res = self.user_special(w_obj, "__float__")
        if w_res is not None:
            if not isinstance(w_res, W_FloatObject):
                raise oefmt(self, self.w_TypeError,
                            "%s.__float__ returned non-float (type %s)",
                            self.type_name_of(w_obj), self.type_name_of(w_res))
            return w_res
        return self.index_of(w_obj)

    def float_arg_w(self, w_obj):
        """float(x) for a number x, with float()'s own message otherwise."""
        w_float = self.float_hook(w_obj)
        if w_float is not None:
            return self.float_w(w_float)
        w_obj = builtin_value(w_obj)
        if not (isinstance(w_obj, W_FloatObject) or self.is_index(w_obj)):
            raise oefmt(self, self.w_TypeError,
                        "float() argument must be a string or a real number, not '%s'",
                        w_obj.typename)
        return self.float_w(w_obj)

    # --- attributes and calls ---------------------------------------------------
    def lookup_method(self, w_obj, name):
        method = find_method(w_obj.methods, name)
        if method is None:
            return None
        return W_BoundMethod(w_obj, method)

    def findattr(self, w_obj, name):
        """Attribute `name` of w_obj, or None when it has none (no
        AttributeError made: getattr with a default and hasattr use this).
        User code it runs (__getattr__, properties) may still raise."""
        w_res = w_obj.getattr(self, name)
        if w_res is None and name.startswith("__"):
            w_res = self._builtin_dunder(w_obj, name)
        return w_res

    def getattr(self, w_obj, name):
        w_res = self.findattr(w_obj, name)
        if w_res is None:
            if name.startswith("__") and name.endswith("__") and \
                    not w_obj.gettype(self).is_user:
                # dunder names are not part of the sandbox: say so plainly
                raise oefmt(self, self.w_AttributeError,
                            "'%s' object has no attribute '%s' (not available in the sandbox)",
                            self.type_name_of(w_obj), name)
            if isinstance(w_obj, W_TypeObject):
                raise oefmt(self, self.w_AttributeError, "type object '%s' has no attribute '%s'",
                            w_obj.name, name)
            raise oefmt(self, self.w_AttributeError, "'%s' object has no attribute '%s'",
                        self.type_name_of(w_obj), name)
        return w_res

    def _builtin_dunder(self, w_obj, name):
        """[].__getitem__, (1).__add__: a builtin type's slot function,
        bound (only looked for when the object's own table has no such
        name)."""
        from rpython_sandbox.objects.classobject import W_SlotFunction, W_Method
        from rpython_sandbox.objects.builtinsub import W_BuiltinNew
        if isinstance(w_obj, W_TypeObject):
            return None
        w_descr = w_obj.gettype(self).lookup(name)
        if isinstance(w_descr, W_SlotFunction):
            return W_Method(w_descr, w_obj)
        if isinstance(w_descr, W_BuiltinNew):
            return w_descr
        return None

    def type_name_of(self, w_obj):
        """The name error messages give an object's type: a user class's
        own name, else the builtin's."""
        w_type = w_obj.gettype(self)
        if w_type.is_user:
            return w_type.name
        return w_obj.typename

    def delattr(self, w_obj, name):
        w_obj.delattr(self, name)

    def setattr(self, w_obj, name, w_value):
        w_obj.setattr(self, name, w_value)

    def call_args(self, w_func, args):
        return w_func.call(self, args)

    def call_function(self, w_func, args_w):
        return w_func.call(self, Arguments(args_w))

    # --- exceptions -------------------------------------------------------------
    def exception_match(self, w_exc, w_check):
        """Does the exception instance w_exc match `except w_check:`?"""
        if isinstance(w_check, W_TupleObject):
            for w_t in w_check.items_w:
                if self.exception_match(w_exc, w_t):
                    return True
            return False
        if not isinstance(w_check, W_TypeObject) or not w_check.is_exception:
            raise oefmt(self, self.w_TypeError,
                        "catching classes that do not inherit from BaseException is not allowed")
        return w_exc.gettype(self).issubtype(w_check)

    def exception_from(self, w_value):
        """What `raise w_value` raises: an instance (classes are called)."""
        if isinstance(w_value, W_TypeObject) and w_value.is_exception:
            if w_value.is_user:
                w_exc = self.call_function(w_value, [])
                if not isinstance(w_exc, W_BaseException):
                    raise oefmt(self, self.w_TypeError,
                                "calling %s should have returned an instance of BaseException",
                                w_value.name)
                return w_exc
            return self.new_exception(w_value, [])
        if isinstance(w_value, W_BaseException):
            return w_value
        raise oefmt(self, self.w_TypeError, "exceptions must derive from BaseException")

    # --- limits --------------------------------------------------------------------
    def check_allocation(self, length, times, itemsize):
        """Before allocating a result of length*times items of itemsize
        bytes whose size the guest chose: refuse the absurd at once, and let
        the running sandbox's pool refuse what cannot fit its quota (which
        may mark first to find out; pool.py)."""
        try:
            total = ovfcheck(ovfcheck(length * times) * itemsize)
        except OverflowError:
            total = ABSURD_ALLOCATION + 1
        if total > ABSURD_ALLOCATION:
            raise OperationError(self.new_exception(self.w_MemoryError, []))
        if self.accountant is not None:
            self.accountant.reserve(total)

    def check_interrupts_every(self, i):
        """Called inside builtin loops with the step number: every 1024
        steps are charged as 1024 instructions, a check point."""
        if i & 1023 == 1023 and self.limits is not None:
            self.limits.charge(1024)

    def charge_work(self, units):
        """A builtin about to do `units` steps of work in one go (a big
        multiplication chunk, a copy): charged as instructions."""
        if self.limits is not None:
            self.limits.charge(units)

    def format_percent(self, w_fmt, w_values):
        from rpython_sandbox.objects.formatting import format_percent
        return format_percent(self, w_fmt, w_values)
