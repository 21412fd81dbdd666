# try/except/else/finally basics.
def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
        r = None
    else:
        print("no error")
    finally:
        print("finally", a, b)
    return r
print(div(1, 2))
print(div(1, 0))
try:
    [][1]
except (KeyError, IndexError) as e:
    print("tuple handler", e)
try:
    {}["k"]
except IndexError:
    print("wrong")
except LookupError as e:
    print("LookupError base caught", e)
try:
    int("x")
except:
    print("bare except")
try:
    raise ValueError("custom message")
except ValueError as e:
    print("ValueError", e)
try:
    raise KeyError
except KeyError as e:
    print("KeyError class raised", repr(e))
try:
    raise TypeError("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise IndexError("inner")
    except KeyError:
        print("wrong")
except IndexError as e:
    print("propagated", e)
try:
    x = 1 // 0
except ArithmeticError as e:
    print("ArithmeticError", e)
try:
    undefined_name
except NameError as e:
    print("NameError", e)
try:
    "abc".nope
except AttributeError as e:
    print("AttributeError")
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError empty", repr(str(e)))
assert True, "never evaluated"
try:
    import nosuchmodule
except ImportError:
    print("ImportError")
