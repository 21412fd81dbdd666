"""The sandbox's `math` module, in RPython on top of the C library's libm
(the same functions CPython calls, so results match bit for bit)."""

import math

from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint
from rpython.rlib.objectmodel import specialize
from rpython.rtyper.lltypesystem import rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from rpython_sandbox.error import oefmt
from rpython_sandbox import operators as ops
from rpython_sandbox.objects.moduleobject import W_ModuleObject
from rpython_sandbox.objects.functionobject import function_table, install_functions
from rpython_sandbox.objects.intobject import W_IntObject
from rpython_sandbox.objects.longobject import W_LongObject, to_rbigint
from rpython_sandbox.objects.floatobject import W_FloatObject
from rpython_sandbox.builtins.constructors import float_from_text

FUNCTIONS, mathfunc = function_table()


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
              "tanh", "fabs", "log1p", "expm1", "asinh", "acosh", "atanh"]:
    _unary(_name, getattr(math, _name))
# CPython 3.11 calls the C library's erf and erfc: so do we, for equal bits
_libm = ExternalCompilationInfo(includes=["math.h"], libraries=["m"])
c_erf = rffi.llexternal("erf", [rffi.DOUBLE], rffi.DOUBLE, compilation_info=_libm,
                        sandboxsafe=True, elidable_function=True)
c_erfc = rffi.llexternal("erfc", [rffi.DOUBLE], rffi.DOUBLE, compilation_info=_libm,
                         sandboxsafe=True, elidable_function=True)


def _erf(x):
    return c_erf(x)


def _erfc(x):
    return c_erfc(x)


_unary("erf", _erf)
_unary("erfc", _erfc)
_unary("gamma", rfloat.gamma)
_unary("lgamma", rfloat.lgamma)


@mathfunc("log10")
def math_log10(space, args):
    args.check(space, "log10", 1, 1)
    return space.newfloat(_log_of(space, args.args_w[0], _log10))


@mathfunc("log2")
def math_log2(space, args):
    args.check(space, "log2", 1, 1)
    return space.newfloat(_log_of(space, args.args_w[0], _log2))


@mathfunc("log")
def math_log(space, args):
    args.check(space, "log", 1, 2)
    w_x = args.args_w[0]
    x = _log_of(space, w_x, _ln)
    if len(args.args_w) == 2:
        base = _log_of(space, args.args_w[1], _ln)
        if base == 0.0:
            raise oefmt(space, space.w_ZeroDivisionError, "float division by zero")
        return space.newfloat(x / base)
    return space.newfloat(x)


@specialize.arg(2)
def _log_of(space, w_x, func):
    """func(x) for log, log10 or log2, as CPython's loghelper: an int too big
    for a float is split into mantissa and exponent first."""
    if isinstance(w_x, W_LongObject) and w_x.num.sign > 0 and _too_big_for_float(w_x.num):
        num = w_x.num
        shift = num.bit_length() - 60
        mantissa = num.rshift(shift).tofloat() / float(1 << 60)    # in [0.5, 1)
        return func(mantissa) + func(2.0) * (shift + 60)
    x = space.float_w(w_x)
    if x <= 0.0:
        raise oefmt(space, space.w_ValueError, "math domain error")
    return func(x)


def _too_big_for_float(num):
    try:
        num.tofloat()
    except OverflowError:
        return True
    return False


def _log2(x):
    return c_log2(x)


def _log10(x):
    return math.log10(x)


def _ln(x):
    return math.log(x)


@mathfunc("pow")
def math_pow(space, args):
    args.check(space, "pow", 2, 2)
    x = space.float_w(args.args_w[0])
    y = space.float_w(args.args_w[1])
    if x == 0.0 and rfloat.isinf(y) and y < 0.0:
        return space.newfloat(rfloat.INFINITY)     # C99: pow(+-0, -inf) is +inf
    try:
        return space.newfloat(math.pow(x, y))
    except ValueError:
        raise oefmt(space, space.w_ValueError, "math domain error")
    except OverflowError:
        raise oefmt(space, space.w_OverflowError, "math range error")


@mathfunc("atan2")
def math_atan2(space, args):
    args.check(space, "atan2", 2, 2)
    return space.newfloat(math.atan2(space.float_w(args.args_w[0]), space.float_w(args.args_w[1])))


@mathfunc("hypot")
def math_hypot(space, args):
    args.check(space, "hypot", 0, 65535)
    n = len(args.args_w)
    vec = [0.0] * n
    found_nan = False
    biggest = 0.0
    for i in range(n):
        space.check_interrupts_every(i)
        x = abs(space.float_w(args.args_w[i]))
        vec[i] = x
        found_nan = found_nan or rfloat.isnan(x)
        if x > biggest:
            biggest = x
    return space.newfloat(vector_norm(vec, biggest, found_nan))


def _dl_split(x):
    """Veltkamp's split of x into two 26-bit halves."""
    t = x * 134217729.0      # 2**27 + 1
    hi = t - (t - x)
    return hi, x - hi


def _dl_mul(x, y):
    """x*y as an exact sum hi + lo (Dekker), the same pair CPython's
    fma-based dl_mul gives."""
    z = x * y
    xx, xy = _dl_split(x)
    yx, yy = _dl_split(y)
    zz = -z + xx * yx + xx * yy + xy * yx + xy * yy
    return z, zz


def vector_norm(vec, biggest, found_nan):
    """CPython 3.11's vector_norm (math.hypot and math.dist): the
    Euclidean norm, scaled and compensated so it is correctly rounded in
    nearly all cases; the exact same operations, so the same bits."""
    if rfloat.isinf(biggest):
        return biggest
    if found_nan:
        return rfloat.NAN
    n = len(vec)
    if biggest == 0.0 or n <= 1:
        return biggest
    _, max_e = math.frexp(biggest)
    if max_e < -1023:
        dbl_min = 2.2250738585072014e-308
        for i in range(n):
            vec[i] = vec[i] / dbl_min
        return dbl_min * vector_norm(vec, biggest / dbl_min, found_nan)
    scale = math.ldexp(1.0, -max_e)
    csum = 1.0
    frac1 = 0.0
    frac2 = 0.0
    for i in range(n):
        x = vec[i] * scale
        hi, lo = _dl_mul(x, x)
        total = csum + hi
        frac2 += hi - (total - csum)
        csum = total
        frac1 += lo
    h = math.sqrt(csum - 1.0 + (frac1 + frac2))
    hi, lo = _dl_mul(-h, h)
    total = csum + hi
    frac2 += hi - (total - csum)
    csum = total
    frac1 += lo
    x = csum - 1.0 + (frac1 + frac2)
    h += x / (2.0 * h)
    return h / scale


@mathfunc("dist")
def math_dist(space, args):
    args.check(space, "dist", 2, 2)
    p_w = _coordinates(space, args.args_w[0])
    q_w = _coordinates(space, args.args_w[1])
    if len(p_w) != len(q_w):
        raise oefmt(space, space.w_ValueError,
                    "both points must have the same number of dimensions")
    n = len(p_w)
    vec = [0.0] * n
    found_nan = False
    biggest = 0.0
    for i in range(n):
        space.check_interrupts_every(i)
        x = abs(space.float_w(p_w[i]) - space.float_w(q_w[i]))
        vec[i] = x
        found_nan = found_nan or rfloat.isnan(x)
        if x > biggest:
            biggest = x
    return space.newfloat(vector_norm(vec, biggest, found_nan))


def _coordinates(space, w_x):
    """A point: any iterable, made a tuple as CPython's dist() does."""
    return space.unpack_iterable(w_x)


@mathfunc("isclose")
def math_isclose(space, args):
    args.check(space, "isclose", 2, 2, allow_kw=True)
    allowed = ["rel_tol", "abs_tol"]
    w_rel = args.keyword(space, "isclose", "rel_tol", None, allowed)
    w_abs = args.keyword(space, "isclose", "abs_tol", None, allowed)
    a = space.float_w(args.args_w[0])
    b = space.float_w(args.args_w[1])
    rel_tol = 1e-09
    abs_tol = 0.0
    if w_rel is not None:
        rel_tol = space.float_w(w_rel)
    if w_abs is not None:
        abs_tol = space.float_w(w_abs)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise oefmt(space, space.w_ValueError, "tolerances must be non-negative")
    if a == b:
        return space.w_True
    if rfloat.isinf(a) or rfloat.isinf(b):
        return space.w_False
    diff = abs(b - a)
    return space.newbool(diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or
                         diff <= abs_tol)


c_cbrt = rffi.llexternal("cbrt", [rffi.DOUBLE], rffi.DOUBLE, compilation_info=_libm,
                         sandboxsafe=True, elidable_function=True)
c_exp2 = rffi.llexternal("exp2", [rffi.DOUBLE], rffi.DOUBLE, compilation_info=_libm,
                         sandboxsafe=True, elidable_function=True)
c_log2 = rffi.llexternal("log2", [rffi.DOUBLE], rffi.DOUBLE, compilation_info=_libm,
                         sandboxsafe=True, elidable_function=True)
c_nextafter = rffi.llexternal("nextafter", [rffi.DOUBLE, rffi.DOUBLE], rffi.DOUBLE,
                              compilation_info=_libm, sandboxsafe=True,
                              elidable_function=True)
c_remainder = rffi.llexternal("remainder", [rffi.DOUBLE, rffi.DOUBLE], rffi.DOUBLE,
                              compilation_info=_libm, sandboxsafe=True,
                              elidable_function=True)


@mathfunc("cbrt")
def math_cbrt(space, args):
    args.check(space, "cbrt", 1, 1)
    return space.newfloat(c_cbrt(space.float_w(args.args_w[0])))


@mathfunc("exp2")
def math_exp2(space, args):
    args.check(space, "exp2", 1, 1)
    x = space.float_w(args.args_w[0])
    r = c_exp2(x)
    if rfloat.isinf(r) and rfloat.isfinite(x):
        raise oefmt(space, space.w_OverflowError, "math range error")
    return space.newfloat(r)


@mathfunc("nextafter")
def math_nextafter(space, args):
    args.check(space, "nextafter", 2, 2)
    return space.newfloat(c_nextafter(space.float_w(args.args_w[0]),
                                      space.float_w(args.args_w[1])))


@mathfunc("ulp")
def math_ulp(space, args):
    args.check(space, "ulp", 1, 1)
    x = space.float_w(args.args_w[0])
    if rfloat.isnan(x):
        return space.newfloat(x)
    x = abs(x)
    if rfloat.isinf(x):
        return space.newfloat(x)
    x2 = c_nextafter(x, rfloat.INFINITY)
    if rfloat.isinf(x2):
        x2 = c_nextafter(x, -rfloat.INFINITY)
        return space.newfloat(x - x2)
    return space.newfloat(x2 - x)


@mathfunc("remainder")
def math_remainder(space, args):
    args.check(space, "remainder", 2, 2)
    x = space.float_w(args.args_w[0])
    y = space.float_w(args.args_w[1])
    if rfloat.isnan(x):
        return space.newfloat(x)
    if rfloat.isnan(y):
        return space.newfloat(y)
    if rfloat.isinf(x) or y == 0.0:
        raise oefmt(space, space.w_ValueError, "math domain error")
    if rfloat.isinf(y):
        return space.newfloat(x)
    return space.newfloat(c_remainder(x, y))


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
    hook = "__%s__" % name
    def impl(space, args):
        args.check(space, name, 1, 1)
        w_res = space.user_special(args.args_w[0], hook)     # __floor__, ...
        if w_res is not None:
            return w_res
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
    """Shewchuk's exact summation, with CPython's treatment of infinities,
    NaN and intermediate overflow."""
    args.check(space, "fsum", 1, 1)
    partials = []
    special_sum = 0.0
    inf_sum = 0.0
    items_w = space.unpack_iterable(args.args_w[0])
    for k in range(len(items_w)):
        space.check_interrupts_every(k)
        x = space.float_w(items_w[k])
        xsave = x
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
        if x != 0.0:
            if not rfloat.isfinite(x):
                # overflow of the sum of finite values, or an inf/nan item
                if rfloat.isfinite(xsave):
                    raise oefmt(space, space.w_OverflowError, "intermediate overflow in fsum")
                if rfloat.isinf(xsave):
                    inf_sum += xsave
                special_sum += xsave
                del partials[:]
            else:
                partials.append(x)
    if special_sum != 0.0:
        if rfloat.isnan(inf_sum):
            raise oefmt(space, space.w_ValueError, "-inf + inf in fsum")
        return space.newfloat(special_sum)
    total = 0.0
    lo = 0.0
    n = len(partials)
    if n > 0:
        n -= 1
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
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or
                      (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = total + y
            yr = x - total
            if y == yr:
                total = x
    return space.newfloat(total)


@mathfunc("frexp")
def math_frexp(space, args):
    args.check(space, "frexp", 1, 1)
    x = space.float_w(args.args_w[0])
    if rfloat.isinf(x) or rfloat.isnan(x) or x == 0.0:
        return space.newtuple([space.newfloat(x), space.newint(0)])
    m, e = math.frexp(x)
    return space.newtuple([space.newfloat(m), space.newint(e)])


@mathfunc("ldexp")
def math_ldexp(space, args):
    args.check(space, "ldexp", 2, 2)
    x = space.float_w(args.args_w[0])
    w_e = args.args_w[1]
    if not space.is_index(w_e):
        raise oefmt(space, space.w_TypeError, "Expected an int as second argument to ldexp.")
    e = space.clamped_index_w(w_e)
    if x == 0.0 or rfloat.isinf(x) or rfloat.isnan(x):
        return space.newfloat(x)
    if e > 100000:
        raise oefmt(space, space.w_OverflowError, "math range error")
    if e < -100000:
        return space.newfloat(rfloat.copysign(0.0, x))
    try:
        r = math.ldexp(x, e)
    except OverflowError:
        raise oefmt(space, space.w_OverflowError, "math range error")
    if rfloat.isinf(r):
        raise oefmt(space, space.w_OverflowError, "math range error")
    return space.newfloat(r)


@mathfunc("modf")
def math_modf(space, args):
    args.check(space, "modf", 1, 1)
    x = space.float_w(args.args_w[0])
    if rfloat.isinf(x):
        return space.newtuple([space.newfloat(rfloat.copysign(0.0, x)), space.newfloat(x)])
    if rfloat.isnan(x):
        return space.newtuple([space.newfloat(x), space.newfloat(x)])
    frac, whole = math.modf(x)
    return space.newtuple([space.newfloat(frac), space.newfloat(whole)])


def _int_arg(space, w_x, fname):
    num = to_rbigint(w_x)
    if num is None:
        raise oefmt(space, space.w_TypeError,
                    "'%s' object cannot be interpreted as an integer", w_x.typename)
    return num


@mathfunc("isqrt")
def math_isqrt(space, args):
    args.check(space, "isqrt", 1, 1)
    n = _int_arg(space, args.args_w[0], "isqrt")
    if n.sign < 0:
        raise oefmt(space, space.w_ValueError, "isqrt() argument must be nonnegative")
    if n.sign == 0:
        return space.newint(0)
    # Newton's iteration from above, on big integers
    x = rbigint.fromint(1).lshift((n.bit_length() + 1) // 2)
    steps = 0
    while True:
        steps += 1
        space.check_interrupts_every(steps)
        y = x.add(n.floordiv(x)).rshift(1)
        if y.ge(x):
            return space.newlong(x)
        x = y


@mathfunc("prod")
def math_prod(space, args):
    args.check(space, "prod", 1, 1, allow_kw=True)
    w_result = args.keyword(space, "prod", "start", space.newint(1), ["start"])
    items_w = space.unpack_iterable(args.args_w[0])
    for i in range(len(items_w)):
        space.check_interrupts_every(i)
        w_result = space.binary_op(ops.MUL, w_result, items_w[i])
    return w_result


@mathfunc("lcm")
def math_lcm(space, args):
    args.check(space, "lcm", 0, 65535)
    result = rbigint.fromint(1)
    for w_x in args.args_w:
        b = _int_arg(space, w_x, "lcm").abs()
        if b.sign == 0 or result.sign == 0:
            result = rbigint.fromint(0)
            continue
        a = result
        x, y = a, b
        while y.sign != 0:
            x, y = y, x.mod(y)
        result = a.floordiv(x).mul(b)
    return space.newlong(result)


def _comb_perm(space, args, name, divide):
    args.check(space, name, 1 if not divide else 2, 2)
    n = _int_arg(space, args.args_w[0], name)
    if n.sign < 0:
        raise oefmt(space, space.w_ValueError, "n must be a non-negative integer")
    if len(args.args_w) == 1 or space.is_none(args.args_w[1]):
        k = n
    else:
        k = _int_arg(space, args.args_w[1], name)
    if k.sign < 0:
        raise oefmt(space, space.w_ValueError, "k must be a non-negative integer")
    if k.gt(n):
        return space.newint(0)
    try:
        ki = k.toint()
    except OverflowError:
        raise oefmt(space, space.w_OverflowError, "k must not exceed %d", 2 ** 63 - 1)
    if divide and n.sub(k).lt(k):
        ki = n.sub(k).toint()
    result = rbigint.fromint(1)
    for i in range(ki):
        space.check_interrupts_every(i)
        result = result.mul(n.sub(rbigint.fromint(i)))
        if divide:
            result = result.floordiv(rbigint.fromint(i + 1))
    return space.newlong(result)


@mathfunc("comb")
def math_comb(space, args):
    return _comb_perm(space, args, "comb", True)


@mathfunc("perm")
def math_perm(space, args):
    return _comb_perm(space, args, "perm", False)


def make_module(space):
    w_mod = W_ModuleObject("math")
    install_functions(w_mod, FUNCTIONS)
    w_mod.setvalue("pi", space.newfloat(math.pi))
    w_mod.setvalue("e", space.newfloat(math.e))
    w_mod.setvalue("tau", space.newfloat(2.0 * math.pi))
    w_mod.setvalue("inf", space.newfloat(rfloat.INFINITY))
    # parsed at run time like float('nan'), so the sign bit is clear as on
    # CPython (a NaN constant loses its sign when RPython writes it as C)
    w_mod.setvalue("nan", space.newfloat(float_from_text(space, u"nan")))
    return w_mod
