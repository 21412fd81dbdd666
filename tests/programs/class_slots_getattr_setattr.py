class Record:
    __slots__ = ("_data", "_frozen")

    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))
        object.__setattr__(self, "_frozen", False)

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None

    def __setattr__(self, name, value):
        if self._frozen:
            raise AttributeError(f"cannot set {name!r}: record is frozen")
        self._data[name] = value

    def __delattr__(self, name):
        if name not in self._data:
            raise AttributeError(name)
        del self._data[name]

    def freeze(self):
        object.__setattr__(self, "_frozen", True)
        return self

    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in sorted(self._data.items())) + ")"


r = Record(x=1, y="two")
r.z = [3]
print(r, r.x, r.z, getattr(r, "y"), getattr(r, "nope", "default"), hasattr(r, "x"), hasattr(r, "q"))
del r.x
print(r)
try:
    del r.x
except AttributeError as e:
    print("AttributeError", e)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)
r.freeze()
try:
    r.y = 5
except AttributeError as e:
    print("AttributeError:", e)
setattr(Record, "kind", "rec")
print(r.kind, Record.kind)


class Defaults:
    def __init__(self, defaults):
        self._defaults = defaults

    def __getattr__(self, name):
        if name in self._defaults:
            return self._defaults[name]
        raise AttributeError(name)


d = Defaults({"color": "red", "size": 3})
d.size = 10
print(d.color, d.size, vars(d) == {"_Defaults_defaults": {"color": "red", "size": 3}, "size": 10})
