RETRYABLE = (TimeoutError_ := type("TimeoutError_", (Exception,), {}), ConnectionError_ := type("ConnectionError_", (Exception,), {}))
FATAL = (KeyError, TypeError)


def op(kind):
    table = {"timeout": TimeoutError_("slow"), "conn": ConnectionError_("reset"), "key": KeyError("id"),
             "type": TypeError("bad type"), "value": ValueError("bad value")}
    if kind in table:
        raise table[kind]
    return "ok:" + kind


def classify(kind):
    try:
        return op(kind)
    except RETRYABLE as e:
        return f"retry ({type(e).__name__}: {e})"
    except FATAL as e:
        return f"fatal ({type(e).__name__}: {e})"
    except Exception as e:
        return f"other ({type(e).__name__})"


for k in ("fine", "timeout", "conn", "key", "type", "value"):
    print(k, "->", classify(k))
print([c.__name__ for c in RETRYABLE], issubclass(TimeoutError_, Exception), TimeoutError_.__mro__[1].__name__)
handlers = {ValueError: "v", LookupError: "l", ArithmeticError: "a"}


def dispatch(exc):
    for cls in type(exc).__mro__:
        if cls in handlers:
            return handlers[cls]
    return "?"


print([dispatch(e) for e in (ValueError(), KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), TypeError())])
e = ValueError("a", 1)
e.args = ("changed",)
e.extra = {"code": 7}
print(str(e), repr(e), e.extra, e.args)
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args, str(err) == "")
