# obj.__dict__ and vars(obj) are live: CPython's functools.cached_property


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        cache = instance.__dict__
        val = cache.get(self.attrname, None)
        if val is None:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, sorted(vars(c)), "area" in c.__dict__)
del c.__dict__["area"]
print(c.area)


class Record:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        return "Record(%s)" % ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items()))


r = Record(a=1, b="x")
print(r, r.a, r.b, len(vars(r)), dict(vars(r)) == {"a": 1, "b": "x"}, {**vars(r)} == vars(r))
vars(r)["c"] = 3
print(r.c, r.__dict__.pop("a"), hasattr(r, "a"), list(r.__dict__), r.__dict__.copy())
print(r.__dict__.setdefault("d", 4), r.d, r.__dict__.get("zz", "no"), bool(vars(Record())))
for k in vars(r):
    print(k, getattr(r, k))


class E(Exception):
    pass


e = E("boom")
e.code = 7
print(vars(e), e.__dict__["code"])
