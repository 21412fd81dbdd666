"""The sandbox's `math` module, in RPython on top of the C library's libm
(the same functions CPython calls, so results match bit for bit)."""

import math

from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint
from rpython.rlib.objectmodel import specialize

from rpython_sandbox.error import oefmt
from rpython_sandbox.objects.moduleobject import W_ModuleObject
from rpython_sandbox.objects.functionobject import W_BuiltinFunction
from rpython_sandbox.objects.intobject import W_IntObject
from rpython_sandbox.objects.longobject import W_LongObject, to_rbigint
from rpython_sandbox.objects.floatobject import W_FloatObject

FUNCTIONS = []


def mathfunc(name):
    def decorate(fn):
        FUNCTIONS.append((name, fn))
        return fn
    return decorate


@specialize.arg(1)
def _call_libm(space, fn, x):
    try:
        r = fn(x)
    except ValueError:
        raise oefmt(space, space.w_ValueError, "math domain error")
    except OverflowError:
        raise oefmt(space, space.w_OverflowError, "math range error")
    return space.newfloat(r)


def _unary(name, fn):
    def impl(space, args):
        args.check(space, name, 1, 1)
        return _call_libm(space, fn, space.float_w(args.args_w[0]))
    impl.func_name = "math_" + name
    mathfunc(name)(impl)


for _name in ["sqrt", "exp", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
              "tanh", "fabs", "log10", "log1p", "expm1", "asinh", "acosh", "atanh"]:
    _unary(_name, getattr(math, _name))
_unary("erf", rfloat.erf)
_unary("erfc", rfloat.erfc)
_unary("gamma", rfloat.gamma)
_unary("lgamma", rfloat.lgamma)


def _log2(x):
    return rfloat.log2(x)


_unary("log2", _log2)


@mathfunc("log")
def math_log(space, args):
    args.check(space, "log", 1, 2)
    w_x = args.args_w[0]
    x = _log_of(space, w_x)
    if len(args.args_w) == 2:
        base = _log_of(space, args.args_w[1])
        if base == 0.0:
            raise oefmt(space, space.w_ZeroDivisionError, "float division by zero")
        return space.newfloat(x / base)
    return space.newfloat(x)


def _log_of(space, w_x):
    # log of a huge int works on CPython: use its bit length
    if isinstance(w_x, W_LongObject) and w_x.num.sign > 0:
        num = w_x.num
        shift = num.bit_length() - 60
        if shift > 0:
            top = num.rshift(shift).tofloat()
            return math.log(top) + shift * math.log(2.0)
    x = space.float_w(w_x)
    if x <= 0.0:
        raise oefmt(space, space.w_ValueError, "math domain error")
    return math.log(x)


@mathfunc("pow")
def math_pow(space, args):
    args.check(space, "pow", 2, 2)
    return space.float_pow(space.float_w(args.args_w[0]), space.float_w(args.args_w[1]))


@mathfunc("atan2")
def math_atan2(space, args):
    args.check(space, "atan2", 2, 2)
    return space.newfloat(math.atan2(space.float_w(args.args_w[0]), space.float_w(args.args_w[1])))


@mathfunc("hypot")
def math_hypot(space, args):
    args.check(space, "hypot", 0, 65535)
    total = 0.0
    if len(args.args_w) == 2:
        return space.newfloat(math.hypot(space.float_w(args.args_w[0]),
                                         space.float_w(args.args_w[1])))
    for w_x in args.args_w:
        x = space.float_w(w_x)
        total += x * x
    return space.newfloat(math.sqrt(total))


@mathfunc("copysign")
def math_copysign(space, args):
    args.check(space, "copysign", 2, 2)
    return space.newfloat(rfloat.copysign(space.float_w(args.args_w[0]),
                                          space.float_w(args.args_w[1])))


@mathfunc("fmod")
def math_fmod(space, args):
    args.check(space, "fmod", 2, 2)
    y = space.float_w(args.args_w[1])
    x = space.float_w(args.args_w[0])
    if y == 0.0 or rfloat.isinf(x):
        raise oefmt(space, space.w_ValueError, "math domain error")
    return space.newfloat(math.fmod(x, y))


@specialize.arg(2)
def _to_int_result(space, w_x, fn, name):
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        return space.newlong(to_rbigint(w_x))
    x = space.float_w(w_x)
    if rfloat.isinf(x):
        raise oefmt(space, space.w_OverflowError, "cannot convert float infinity to integer")
    if rfloat.isnan(x):
        raise oefmt(space, space.w_ValueError, "cannot convert float NaN to integer")
    return space.newlong(rbigint.fromfloat(fn(x)))


def _trunc(x):
    if x < 0.0:
        return math.ceil(x)
    return math.floor(x)


def _int_result_function(name, fn):
    def impl(space, args):
        args.check(space, name, 1, 1)
        return _to_int_result(space, args.args_w[0], fn, name)
    impl.func_name = "math_" + name
    mathfunc(name)(impl)


_int_result_function("floor", math.floor)
_int_result_function("ceil", math.ceil)
_int_result_function("trunc", _trunc)


@mathfunc("isnan")
def math_isnan(space, args):
    args.check(space, "isnan", 1, 1)
    return space.newbool(rfloat.isnan(space.float_w(args.args_w[0])))


@mathfunc("isinf")
def math_isinf(space, args):
    args.check(space, "isinf", 1, 1)
    return space.newbool(rfloat.isinf(space.float_w(args.args_w[0])))


@mathfunc("isfinite")
def math_isfinite(space, args):
    args.check(space, "isfinite", 1, 1)
    return space.newbool(rfloat.isfinite(space.float_w(args.args_w[0])))


@mathfunc("degrees")
def math_degrees(space, args):
    args.check(space, "degrees", 1, 1)
    return space.newfloat(space.float_w(args.args_w[0]) * (180.0 / math.pi))


@mathfunc("radians")
def math_radians(space, args):
    args.check(space, "radians", 1, 1)
    return space.newfloat(space.float_w(args.args_w[0]) * (math.pi / 180.0))


@mathfunc("gcd")
def math_gcd(space, args):
    args.check(space, "gcd", 0, 65535)
    result = rbigint.fromint(0)
    for w_x in args.args_w:
        b = to_rbigint(w_x)
        if b is None:
            raise oefmt(space, space.w_TypeError,
                        "'%s' object cannot be interpreted as an integer", w_x.typename)
        a = result.abs()
        b = b.abs()
        while b.sign != 0:
            a, b = b, a.mod(b)
        result = a
    return space.newlong(result)


@mathfunc("factorial")
def math_factorial(space, args):
    args.check(space, "factorial", 1, 1)
    n = space.index_w(args.args_w[0])
    if n < 0:
        raise oefmt(space, space.w_ValueError, "factorial() not defined for negative values")
    space.check_allocation(n, 1, 2)   # about n*log2(n)/8 bytes of result: bounded by n
    result = rbigint.fromint(1)
    for i in range(2, n + 1):
        space.check_interrupts_every(i)
        result = result.int_mul(i)
    return space.newlong(result)


@mathfunc("fsum")
def math_fsum(space, args):
    args.check(space, "fsum", 1, 1)
    # Shewchuk's exact summation, as CPython's math.fsum (without its
    # special handling of intermediate overflow)
    partials = []
    for w_x in space.unpack_iterable(args.args_w[0]):
        x = space.float_w(w_x)
        i = 0
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        del partials[i:]
        partials.append(x)
    total = 0.0
    lo = 0.0
    if len(partials) > 0:
        n = len(partials) - 1
        total = partials[n]
        while n > 0:
            x = total
            n -= 1
            y = partials[n]
            total = x + y
            yr = total - x
            lo = y - yr
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = total + y
            yr = x - total
            if y == yr:
                total = x
    return space.newfloat(total)


def make_module(space):
    w_mod = W_ModuleObject("math")
    for name, fn in FUNCTIONS:
        w_mod.setvalue(name, W_BuiltinFunction(name, fn))
    w_mod.setvalue("pi", space.newfloat(math.pi))
    w_mod.setvalue("e", space.newfloat(math.e))
    w_mod.setvalue("tau", space.newfloat(2.0 * math.pi))
    w_mod.setvalue("inf", space.newfloat(rfloat.INFINITY))
    w_mod.setvalue("nan", space.newfloat(rfloat.NAN))
    return w_mod
