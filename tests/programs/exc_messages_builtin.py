# Messages of built-in errors raised by common operations.
def show(e):
    print(type(e).__name__ + ":", e)
tests = 0
try:
    [1, 2, 3][10]
except IndexError as e:
    show(e)
try:
    "abc"[5]
except IndexError as e:
    show(e)
try:
    (1,)[3]
except IndexError as e:
    show(e)
try:
    [][0] = 1
except IndexError as e:
    show(e)
try:
    {}["k"]
except KeyError as e:
    show(e)
try:
    {}[(1, "a")]
except KeyError as e:
    show(e)
try:
    1 + "a"
except TypeError as e:
    show(e)
try:
    "a" + 1
except TypeError as e:
    show(e)
try:
    [1] + "a"
except TypeError as e:
    show(e)
try:
    None + 1
except TypeError as e:
    show(e)
try:
    -"a"
except TypeError as e:
    show(e)
try:
    1 < "a"
except TypeError as e:
    show(e)
try:
    [] > {}
except TypeError as e:
    show(e)
try:
    len(5)
except TypeError as e:
    show(e)
try:
    int(None)
except TypeError as e:
    show(e)
try:
    five = 5
    five()
except TypeError as e:
    show(e)
try:
    s = "abc"
    s()
except TypeError as e:
    show(e)
try:
    for x in 5:
        pass
except TypeError as e:
    show(e)
try:
    nothing = None
    nothing[0]
except TypeError as e:
    show(e)
try:
    five = 5
    five[0]
except TypeError as e:
    show(e)
try:
    s = "abc"
    s["x"]
except TypeError as e:
    show(e)
try:
    l = [1, 2]
    l["x"]
except TypeError as e:
    show(e)
try:
    "abc"[1] = "x"
except TypeError as e:
    show(e)
try:
    {"a": 1}.nope
except AttributeError as e:
    show(e)
try:
    (5).append(1)
except AttributeError as e:
    show(e)
try:
    None.x
except AttributeError as e:
    show(e)
try:
    int("3.5")
except ValueError as e:
    show(e)
try:
    int("")
except ValueError as e:
    show(e)
try:
    float("1,5")
except ValueError as e:
    show(e)
try:
    int("ff", 10)
except ValueError as e:
    show(e)
try:
    [].index(1)
except ValueError as e:
    show(e)
try:
    "abc".index("z")
except ValueError as e:
    show(e)
try:
    max([])
except ValueError as e:
    show(e)
try:
    min(())
except ValueError as e:
    show(e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(str(e)))
