# raise from, exception args, re-raising, custom messages.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input " + repr(s)) from e
try:
    parse("x1")
except RuntimeError as e:
    print(type(e).__name__, e, "|cause:", type(e.__cause__).__name__, e.__cause__)
try:
    raise ValueError("no cause") from None
except ValueError as e:
    print(e, e.__cause__)
e1 = ValueError("a", 1, [2])
print(e1.args, str(e1), repr(e1))
e2 = KeyError("key")
print(e2.args, str(e2), repr(e2))
e3 = Exception()
print(e3.args, repr(str(e3)), repr(e3))
e4 = TypeError("single")
print(e4.args, str(e4), repr(e4))
e5 = IndexError(5)
print(e5.args, str(e5), repr(e5))
e6 = KeyError(("a", 1))
print(str(e6), repr(e6))
e7 = ZeroDivisionError()
print(repr(e7), str(e7) == "")
def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", e)
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise TypeError("second")
except TypeError as e:
    print(e)
try:
    raise ValueError
except ValueError as e:
    print("bare class", repr(e), e.args)
try:
    raise Exception("multi", "args")
except Exception as e:
    print(e, e.args[1])
errs = []
for cls in [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, RuntimeError, AttributeError, NameError]:
    try:
        raise cls("msg")
    except Exception as e:
        errs.append(type(e).__name__ + ":" + str(e))
print(errs)
print(isinstance(KeyError("x"), LookupError), isinstance(IndexError(), LookupError),
      isinstance(ZeroDivisionError(), ArithmeticError), isinstance(ValueError(), Exception))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
