# Implicit chaining: an exception raised while another is handled (in an
# except body, a finally body with an exception in flight, a function called
# from either, a nested handler) gets it as __context__.

def show(e):
    c = e.__context__
    print(type(e).__name__, "context:", type(c).__name__ if c is not None else None,
          "cause:", type(e.__cause__).__name__ if e.__cause__ is not None else None, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise z
except ZeroDivisionError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("v") from None
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    finally:
        [][1]
except IndexError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise TypeError("inner")
        except TypeError as t:
            show(t)
            raise
except TypeError as e:
    show(e)

def f():
    raise KeyError("from f")

try:
    try:
        1 / 0
    except Exception:
        f()
except KeyError as e:
    show(e)

def g():
    for i in range(3):
        try:
            1 / 0
        except ZeroDivisionError:
            if i == 1:
                return "ret"
            continue
    return "end"
print(g())

try:
    try:
        raise OSError("a")
    except OSError:
        pass
    raise RuntimeError("after")
except RuntimeError as e:
    show(e)

try:
    try:
        1/0
    except:
        undefined_name
except NameError as e:
    show(e)

class MyErr(Exception):
    pass
try:
    try:
        raise MyErr()
    except MyErr as m:
        try:
            raise KeyError(1)
        except KeyError:
            raise IndexError(2)
except IndexError as e:
    show(e); show(e.__context__)

try:
    try:
        1/0
    except (TypeError, ValueError):
        print("no")
except ZeroDivisionError as e:
    show(e)

# an exception class whose __setattr__ refuses everything still gets a context
from dataclasses import dataclass

@dataclass(frozen=True)
class Frozen(Exception):
    code: int

class Guarded(Exception):
    def __setattr__(self, name, value):
        raise AttributeError("read-only " + name)

for cls, arg in [(Frozen, 3), (Guarded, 4)]:
    try:
        try:
            {}["k"]
        except KeyError:
            raise cls(arg)
    except cls as e:
        print(type(e).__name__, repr(e.__context__), e.args)
