# Catching by base class, tuples of classes, order of except clauses.
def trigger(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][1]
    if kind == "zero":
        return 1 // 0
    if kind == "overflow":
        return 2.0 ** 5000
    if kind == "value":
        return int("x")
    if kind == "type":
        return 1 + None
    if kind == "name":
        return nonexistent
    if kind == "attr":
        return "s".nope
    if kind == "assert":
        assert 1 == 2, "custom assert"
    if kind == "assert2":
        assert False
    if kind == "runtime":
        raise RuntimeError("rt")
    if kind == "notimpl":
        raise NotImplementedError("later")
    if kind == "recursion":
        return trigger("recursion")
    return "ok"
for kind in ["key", "index", "zero", "overflow", "value", "type", "name", "attr", "assert",
             "assert2", "runtime", "notimpl", "none"]:
    try:
        r = trigger(kind)
    except LookupError as e:
        print(kind, "LookupError", type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, "ArithmeticError", type(e).__name__, e)
    except (ValueError, TypeError) as e:
        print(kind, "Value/Type", type(e).__name__, e)
    except NameError as e:
        print(kind, "NameError", type(e).__name__, e)
    except AssertionError as e:
        print(kind, "AssertionError", repr(str(e)), e.args)
    except RuntimeError as e:
        print(kind, "RuntimeError", type(e).__name__, e)
    except Exception as e:
        print(kind, "Exception", type(e).__name__, e)
    else:
        print(kind, "no error", r)
try:
    trigger("recursion")
except RecursionError as e:
    print("RecursionError caught", isinstance(e, RuntimeError))
print(issubclass(KeyError, LookupError) if False else "skip")
try:
    try:
        {}["a"]
    except IndexError:
        print("wrong")
except KeyError as e:
    print("propagated", e)
