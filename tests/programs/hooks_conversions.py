# Conversion hooks of user classes honoured by the builtins: __index__,
# __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__.
import math


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)


class Num:
    def __float__(self):
        return 2.5

    def __int__(self):
        return 7

    def __index__(self):
        return 3

    def __round__(self, n=None):
        return ("rounded", n)

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __complex__(self):
        return complex(1, 2)


n = Num()
t("float", lambda: float(n))
t("int", lambda: int(n))
t("range", lambda: list(range(n)))
t("range2", lambda: list(range(1, n + 0 if False else n)))
t("list index", lambda: [10, 20, 30, 40][n])
t("str index", lambda: "abcd"[n])
t("tuple index", lambda: (1, 2, 3, 4)[n])
t("slice", lambda: "abcdef"[n:])
t("slice2", lambda: [0, 1, 2, 3, 4, 5][:n])
t("round", lambda: round(n))
t("round2", lambda: round(n, 2))
t("trunc", lambda: math.trunc(n))
t("floor", lambda: math.floor(n))
t("ceil", lambda: math.ceil(n))
t("complex", lambda: complex(n))
t("bin", lambda: bin(n))
t("hex", lambda: hex(n))
t("oct", lambda: oct(n))
t("repeat", lambda: [0] * n)
t("rrepeat", lambda: n * "ab")
t("sqrt", lambda: math.sqrt(n))


class OnlyIndex:
    def __index__(self):
        return 2


o = OnlyIndex()
t("int via index", lambda: int(o))
t("float via index", lambda: float(o))
t("slice via index", lambda: "xyz"[o:])
t("range via index", lambda: list(range(o, 5)))


class BadIndex:
    def __index__(self):
        return "no"


class BadFloat:
    def __float__(self):
        return 1


t("bad index", lambda: [1, 2][BadIndex()])
t("bad float", lambda: float(BadFloat()))
t("no hooks", lambda: float(object()))
t("no round", lambda: round(OnlyIndex()))
