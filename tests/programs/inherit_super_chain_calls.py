calls = []


class Base:
    def __init__(self, **kw):
        calls.append("Base")
        self.extra = kw

    def describe(self):
        return ["Base"]


class Named(Base):
    def __init__(self, name="?", **kw):
        calls.append("Named")
        self.name = name
        super().__init__(**kw)

    def describe(self):
        return ["Named:" + self.name] + super().describe()


class Timed(Base):
    def __init__(self, at=0, **kw):
        calls.append("Timed")
        self.at = at
        super().__init__(**kw)

    def describe(self):
        return ["Timed:%d" % self.at] + super().describe()


class Event(Named, Timed):
    def __init__(self, kind, **kw):
        calls.append("Event")
        self.kind = kind
        super().__init__(**kw)

    def describe(self):
        return ["Event:" + self.kind] + super().describe()


e = Event("click", name="btn", at=42, color="red")
print(calls)
print(e.describe())
print(e.name, e.at, e.kind, e.extra)
print([c.__name__ for c in Event.__mro__])
calls.clear()
e2 = Event("key")
print(calls, e2.name, e2.at, e2.extra)
print(super(Named, e).describe())
print(super(Event, e).describe())


class Counter:
    instances = 0

    def __init__(self):
        type(self).instances += 1


class SubCounter(Counter):
    instances = 0


a, b, c = Counter(), SubCounter(), SubCounter()
print(Counter.instances, SubCounter.instances)
