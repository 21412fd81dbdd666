# Bare raise, raise from, nested handlers, exceptions in handlers.
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("outer got", e)
def nested_handlers():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError as inner:
            print("inner", inner)
        raise
try:
    nested_handlers()
except KeyError as e:
    print("re-raised the first", e)
def raise_in_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("converted")
try:
    raise_in_handler()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    try:
        {}["x"]
    except KeyError as e:
        raise ValueError("bad key") from e
except ValueError as e:
    print("ValueError", e, "cause:", repr(e.__cause__))
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def raise_outside():
    raise
try:
    raise_outside()
except RuntimeError as e:
    print("RuntimeError", e)
def raise_after_handler():
    try:
        raise ValueError
    except ValueError:
        pass
    raise
try:
    raise_after_handler()
except RuntimeError as e:
    print("after handler:", e)
try:
    raise ValueError("in finally")
except ValueError as outer:
    try:
        pass
    finally:
        print("finally inside handler, outer =", outer)
try:
    try:
        raise ValueError("pending")
    finally:
        print("finally while exception pending")
except ValueError as e:
    print("then caught", e)
try:
    raise Exception("base", 2)
except Exception as e:
    print("Exception", e)
try:
    raise StopIteration
except StopIteration:
    print("StopIteration")
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", e)
