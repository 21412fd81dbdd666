# type() with one argument and with three (making a class from data)
class A:
    def hello(self):
        return "A.hello"


def area(self):
    return self.w * self.h


Box = type("Box", (A,), {"w": 2, "h": 3, "area": area, "kind": "box"})
b = Box()
print(Box.__name__, Box.__qualname__, Box.__mro__, Box.kind)
print(b.area(), b.hello(), isinstance(b, A), type(b) is Box, Box)
Plain = type("Plain", (), {})
p = Plain()
p.x = 1
print(Plain.__bases__, p.x, type(p).__name__)
print(type(1), type("s"), type(b), type(Box), type(type))
E = type("E", (ValueError,), {})
try:
    raise E("made by type()")
except ValueError as e:
    print(type(e).__name__, e)
for bad in [(1, (), {}), ("X", [], {}), ("X", (), [])]:
    try:
        type(bad[0], bad[1], bad[2])
    except TypeError as e:
        print("TypeError:", e)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
