# `except ... as name` unbinds the name at the end of the handler.
try:
    raise ValueError("x")
except ValueError as err:
    print("in handler", err)
try:
    print(err)
except NameError:
    print("err is unbound after the handler")
def f():
    e = "before"
    try:
        raise KeyError("k")
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError:
        return "e unbound in function too"
print(f())
def g():
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError as exc:
            if i == 1:
                break
    try:
        return exc
    except UnboundLocalError:
        return "unbound after break"
print(g())
def h():
    try:
        raise ValueError("v")
    except ValueError as exc:
        return "returned " + str(exc)
print(h())
