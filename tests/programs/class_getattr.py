# __getattr__ fallback, __setattr__, getattr/setattr/hasattr/delattr
class Defaults:
    known = 1

    def __init__(self):
        self.real = "real"

    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"no {name}")


d = Defaults()
print(d.real, d.known, d.auto_color, getattr(d, "auto_x"), hasattr(d, "zzz"))
try:
    d.zzz
except AttributeError as e:
    print("AttributeError:", e)


class Tracked:
    def __init__(self):
        self.log = []
        self.x = 1

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        object.__setattr__(self, name, value)


t = Tracked()
t.y = 2
setattr(t, "z", 3)
print(t.log, t.x, t.y, t.z)


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")


f = Frozen(5)
print(f.v)
for action in ["set", "del"]:
    try:
        if action == "set":
            f.v = 6
        else:
            del f.v
    except AttributeError as e:
        print("AttributeError:", e)


class Plain:
    pass


p = Plain()
setattr(p, "a", 1)
print(getattr(p, "a"), hasattr(p, "a"), hasattr(p, "b"), getattr(p, "b", None))
delattr(p, "a")
print(hasattr(p, "a"))
try:
    delattr(p, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
o = object()
print(type(o).__name__, o == o, o != object())
