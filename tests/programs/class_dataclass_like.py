def record(*fields, **defaults):
    fields = fields + tuple(k for k in defaults if k not in fields)
    def init(self, *args, **kw):
        if len(args) > len(fields):
            raise TypeError(f"expected at most {len(fields)} arguments, got {len(args)}")
        vals = dict(zip(fields, args))
        for k, v in kw.items():
            if k not in fields:
                raise TypeError(f"unexpected field {k!r}")
            if k in vals:
                raise TypeError(f"duplicate field {k!r}")
            vals[k] = v
        for f in fields:
            if f not in vals:
                if f in defaults:
                    vals[f] = defaults[f]
                else:
                    raise TypeError(f"missing field {f!r}")
            setattr(self, f, vals[f])

    def rep(self):
        return type(self).__name__ + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    def eq(self, o):
        return type(self) is type(o) and all(getattr(self, f) == getattr(o, f) for f in fields)

    def astuple(self):
        return tuple(getattr(self, f) for f in fields)

    def replace(self, **kw):
        vals = dict(zip(fields, astuple(self)))
        vals.update(kw)
        return type(self)(**vals)

    def deco(cls):
        cls.__init__ = init
        cls.__repr__ = rep
        cls.__eq__ = eq
        cls.__hash__ = lambda self: hash(astuple(self))
        cls.__lt__ = lambda self, o: astuple(self) < astuple(o)
        cls.astuple = astuple
        cls.replace = replace
        cls.fields = fields
        return cls
    return deco


@record("x", "y", z=0)
class Point:
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


@record("name", "price", "qty", qty=1)
class Line:
    @property
    def total(self):
        return self.price * self.qty


p = Point(1, 2)
q = Point(y=5, x=-1, z=3)
print(p, q, p == Point(1, 2, 0), p != q, p.norm1(), q.astuple(), Point.fields)
print(sorted([q, p, Point(0, 9)]), len({p, Point(1, 2), q}))
print(p.replace(z=7), p)
lines = [Line("pen", 1.5, 4), Line("pad", 3.25), Line(name="ink", price=12.0, qty=2)]
print(lines, sum(l.total for l in lines))
for args, kw in [((1, 2, 3, 4), {}), ((1,), {}), ((1, 2), {"x": 5}), ((), {"x": 1, "y": 2, "w": 3})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
