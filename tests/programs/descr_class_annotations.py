class DC:
    x: int
    y: str = "a"
    z: "list[int]" = None
    if True:
        w: float = 1.0
print(DC.__annotations__, DC.y, hasattr(DC, "x"))
def f():
    T = int
    class In:
        a: int
    return In
print(f().__annotations__)
class Empty:
    pass
print(hasattr(Empty, "__annotations__"))
