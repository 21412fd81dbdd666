"""The sandbox's `cmath` module: CPython's algorithms for finite arguments
(so results agree to the bit there).  CPython answers infinite and NaN
arguments from C99 special-value tables; here those go through the same
formulas, which can differ from CPython in the sign of a zero or a NaN."""

import math

from rpython.rlib import rfloat

from rpython_sandbox.error import oefmt
from rpython_sandbox.objects.moduleobject import W_ModuleObject
from rpython_sandbox.objects.functionobject import function_table, install_functions
from rpython_sandbox.objects.complexobject import W_ComplexObject, as_complex, c_quot

FUNCTIONS, cmathfunc = function_table()

DBL_MAX = 1.7976931348623157e+308
DBL_MIN = 2.2250738585072014e-308
CM_LARGE_DOUBLE = DBL_MAX / 4.0
CM_SQRT_LARGE_DOUBLE = math.sqrt(CM_LARGE_DOUBLE)
CM_LOG_LARGE_DOUBLE = math.log(CM_LARGE_DOUBLE)
CM_SQRT_DBL_MIN = math.sqrt(DBL_MIN)
CM_SCALE_UP = 53
CM_SCALE_DOWN = -27
M_LN2 = 0.6931471805599453
M_LN10 = 2.302585092994046


def _arg(space, w_x):
    c = as_complex(space, w_x)
    if c is None:
        raise oefmt(space, space.w_TypeError, "must be real number, not %s", w_x.typename)
    return c.real, c.imag


def _domain(space):
    return oefmt(space, space.w_ValueError, "math domain error")


def _range(space):
    return oefmt(space, space.w_OverflowError, "math range error")


def _result(space, r, i):
    return W_ComplexObject(r, i)


def c_sqrt(x, y):
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax = abs(x)
    ay = abs(y)
    if ax < DBL_MIN and ay < DBL_MIN:
        ax = math.ldexp(ax, CM_SCALE_UP)
        s = math.ldexp(math.sqrt(ax + math.hypot(ax, math.ldexp(ay, CM_SCALE_UP))),
                       CM_SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, rfloat.copysign(d, y)
    return d, rfloat.copysign(s, y)


def c_exp(space, x, y):
    if x > CM_LOG_LARGE_DOUBLE:
        l = math.exp(x - 1.0)
        r = l * math.cos(y) * math.e
        i = l * math.sin(y) * math.e
    else:
        l = math.exp(x)
        r = l * math.cos(y)
        i = l * math.sin(y)
    if (rfloat.isinf(r) or rfloat.isinf(i)) and rfloat.isfinite(x) and rfloat.isfinite(y):
        raise _range(space)
    return r, i


def c_log(space, x, y):
    ax = abs(x)
    ay = abs(y)
    if ax > CM_LARGE_DOUBLE or ay > CM_LARGE_DOUBLE:
        real = math.log(math.hypot(ax / 2.0, ay / 2.0)) + M_LN2
    elif ax < DBL_MIN and ay < DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = math.log(math.hypot(math.ldexp(ax, 53), math.ldexp(ay, 53))) - 53 * M_LN2
        else:
            raise _domain(space)
    else:
        h = math.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = math.log(h)
    return real, math.atan2(y, x)


def c_cosh(space, x, y):
    if abs(x) > CM_LOG_LARGE_DOUBLE:
        xm1 = x - rfloat.copysign(1.0, x)
        r = math.cos(y) * math.cosh(xm1) * math.e
        i = math.sin(y) * math.sinh(xm1) * math.e
    else:
        r = math.cos(y) * math.cosh(x)
        i = math.sin(y) * math.sinh(x)
    if (rfloat.isinf(r) or rfloat.isinf(i)) and rfloat.isfinite(x) and rfloat.isfinite(y):
        raise _range(space)
    return r, i


def c_sinh(space, x, y):
    if abs(x) > CM_LOG_LARGE_DOUBLE:
        xm1 = x - rfloat.copysign(1.0, x)
        r = math.cos(y) * math.sinh(xm1) * math.e
        i = math.sin(y) * math.cosh(xm1) * math.e
    else:
        r = math.cos(y) * math.sinh(x)
        i = math.sin(y) * math.cosh(x)
    if (rfloat.isinf(r) or rfloat.isinf(i)) and rfloat.isfinite(x) and rfloat.isfinite(y):
        raise _range(space)
    return r, i


def c_tanh(x, y):
    if abs(x) > CM_LOG_LARGE_DOUBLE:
        r = rfloat.copysign(1.0, x)
        i = 4.0 * math.sin(y) * math.cos(y) * math.exp(-2.0 * abs(x))
        return r, i
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx


def c_asinh(x, y):
    s1r, s1i = c_sqrt(1.0 + y, -x)
    s2r, s2i = c_sqrt(1.0 - y, x)
    return math.asinh(s1r * s2i - s2r * s1i), math.atan2(y, s1r * s2r - s1i * s2i)


def c_acos(x, y):
    s1r, s1i = c_sqrt(1.0 - x, -y)
    s2r, s2i = c_sqrt(1.0 + x, y)
    return 2.0 * math.atan2(s1r, s2r), math.asinh(s2r * s1i - s2i * s1r)


def c_acosh(x, y):
    s1r, s1i = c_sqrt(x - 1.0, y)
    s2r, s2i = c_sqrt(x + 1.0, y)
    return math.asinh(s1r * s2r + s1i * s2i), 2.0 * math.atan2(s1i, s2r)


def c_atanh(space, x, y):
    if x < 0.0:
        r, i = c_atanh(space, -x, -y)
        return -r, -i
    ay = abs(y)
    if x > CM_SQRT_LARGE_DOUBLE or ay > CM_SQRT_LARGE_DOUBLE:
        h = math.hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, -rfloat.copysign(math.pi / 2.0, -y)
    if x == 1.0 and ay < CM_SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain(space)
        return (-math.log(math.sqrt(ay) / math.sqrt(math.hypot(ay, 2.0))),
                rfloat.copysign(math.atan2(2.0, -ay) / 2, y))
    return (math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
            -math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def _unary(name, kind):
    def impl(space, args):
        args.check(space, name, 1, 1)
        x, y = _arg(space, args.args_w[0])
        try:
            r, i = _compute(space, kind, x, y)
        except OverflowError:
            raise _range(space)
        except ValueError:
            raise _domain(space)
        return _result(space, r, i)
    impl.func_name = "cmath_" + name
    cmathfunc(name)(impl)


def _compute(space, kind, x, y):
    if True:
        if kind == 0:
            r, i = c_sqrt(x, y)
        elif kind == 1:
            r, i = c_exp(space, x, y)
        elif kind == 2:
            r, i = c_log(space, x, y)
            r /= M_LN10
            i /= M_LN10
        elif kind == 3:
            r, i = c_cosh(space, x, y)
        elif kind == 4:
            r, i = c_sinh(space, x, y)
        elif kind == 5:
            r, i = c_tanh(x, y)
        elif kind == 6:             # cos(z) = cosh(iz)
            r, i = c_cosh(space, -y, x)
        elif kind == 7:             # sin(z) = -i sinh(iz)
            sr, si = c_sinh(space, -y, x)
            r, i = si, -sr
        elif kind == 8:             # tan(z) = -i tanh(iz)
            sr, si = c_tanh(-y, x)
            r, i = si, -sr
        elif kind == 9:
            r, i = c_asinh(x, y)
        elif kind == 10:
            r, i = c_acos(x, y)
        elif kind == 11:
            r, i = c_acosh(x, y)
        elif kind == 12:
            r, i = c_atanh(space, x, y)
        elif kind == 13:            # asin(z) = -i asinh(iz)
            sr, si = c_asinh(-y, x)
            r, i = si, -sr
        else:                       # atan(z) = -i atanh(iz)
            sr, si = c_atanh(space, -y, x)
            r, i = si, -sr
        return r, i


for _i, _name in enumerate(["sqrt", "exp", "log10", "cosh", "sinh", "tanh", "cos", "sin", "tan",
                            "asinh", "acos", "acosh", "atanh", "asin", "atan"]):
    _unary(_name, _i)


@cmathfunc("log")
def cmath_log(space, args):
    args.check(space, "log", 1, 2)
    x, y = _arg(space, args.args_w[0])
    try:
        r, i = c_log(space, x, y)
        if len(args.args_w) == 2:
            bx, by = _arg(space, args.args_w[1])
            br, bi = c_log(space, bx, by)
            r, i = c_quot(space, r, i, br, bi)
    except OverflowError:
        raise _range(space)
    except ValueError:
        raise _domain(space)
    return _result(space, r, i)


@cmathfunc("phase")
def cmath_phase(space, args):
    args.check(space, "phase", 1, 1)
    x, y = _arg(space, args.args_w[0])
    return space.newfloat(math.atan2(y, x))


@cmathfunc("polar")
def cmath_polar(space, args):
    args.check(space, "polar", 1, 1)
    x, y = _arg(space, args.args_w[0])
    r = math.hypot(x, y)
    if rfloat.isinf(r) and rfloat.isfinite(x) and rfloat.isfinite(y):
        raise _range(space)
    return space.newtuple([space.newfloat(r), space.newfloat(math.atan2(y, x))])


@cmathfunc("rect")
def cmath_rect(space, args):
    args.check(space, "rect", 2, 2)
    r = space.float_w(args.args_w[0])
    phi = space.float_w(args.args_w[1])
    if rfloat.isfinite(r) and rfloat.isinf(phi):
        raise _domain(space)
    if phi == 0.0:
        return _result(space, r, r * phi)
    return _result(space, r * math.cos(phi), r * math.sin(phi))


def _predicate(name, kind):
    def impl(space, args):
        args.check(space, name, 1, 1)
        x, y = _arg(space, args.args_w[0])
        if kind == 0:
            return space.newbool(rfloat.isfinite(x) and rfloat.isfinite(y))
        if kind == 1:
            return space.newbool(rfloat.isinf(x) or rfloat.isinf(y))
        return space.newbool(rfloat.isnan(x) or rfloat.isnan(y))
    impl.func_name = "cmath_" + name
    cmathfunc(name)(impl)


_predicate("isfinite", 0)
_predicate("isinf", 1)
_predicate("isnan", 2)


@cmathfunc("isclose")
def cmath_isclose(space, args):
    args.check(space, "isclose", 2, 2, allow_kw=True)
    allowed = ["rel_tol", "abs_tol"]
    w_rel = args.keyword(space, "isclose", "rel_tol", None, allowed)
    w_abs = args.keyword(space, "isclose", "abs_tol", None, allowed)
    ar, ai = _arg(space, args.args_w[0])
    br, bi = _arg(space, args.args_w[1])
    rel_tol = 1e-09
    abs_tol = 0.0
    if w_rel is not None:
        rel_tol = space.float_w(w_rel)
    if w_abs is not None:
        abs_tol = space.float_w(w_abs)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise oefmt(space, space.w_ValueError, "tolerances must be non-negative")
    if ar == br and ai == bi:
        return space.w_True
    if rfloat.isinf(ar) or rfloat.isinf(ai) or rfloat.isinf(br) or rfloat.isinf(bi):
        return space.w_False
    diff = math.hypot(br - ar, bi - ai)
    return space.newbool(diff <= rel_tol * math.hypot(br, bi) or
                         diff <= rel_tol * math.hypot(ar, ai) or diff <= abs_tol)


def make_module(space):
    from rpython_sandbox.builtins.constructors import float_from_text
    w_mod = W_ModuleObject("cmath")
    install_functions(w_mod, FUNCTIONS)
    nan = float_from_text(space, u"nan")
    w_mod.setvalue("pi", space.newfloat(math.pi))
    w_mod.setvalue("e", space.newfloat(math.e))
    w_mod.setvalue("tau", space.newfloat(2.0 * math.pi))
    w_mod.setvalue("inf", space.newfloat(rfloat.INFINITY))
    w_mod.setvalue("nan", space.newfloat(nan))
    w_mod.setvalue("infj", W_ComplexObject(0.0, rfloat.INFINITY))
    w_mod.setvalue("nanj", W_ComplexObject(0.0, nan))
    return w_mod
