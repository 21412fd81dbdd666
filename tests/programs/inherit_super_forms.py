# super() in classmethods, properties, __repr__/__eq__ of object, super of exceptions
class Base:
    kind = "base"

    @classmethod
    def create(cls):
        return cls.__name__ + " created"

    @classmethod
    def describe(cls):
        return "Base.describe(" + cls.kind + ")"

    @property
    def label(self):
        return "base-label"

    def __repr__(self):
        return "Base()"


class Derived(Base):
    kind = "derived"

    @classmethod
    def create(cls):
        return "Derived: " + super().create()

    @classmethod
    def describe(cls):
        return "Derived+" + super(Derived, cls).describe()

    @property
    def label(self):
        return "derived/" + super().label

    def __repr__(self):
        return "Derived<" + super().__repr__() + ">"


print(Base.create(), Derived.create(), Derived().create())
print(Derived.describe(), Derived().label, repr(Derived()))


class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, P):
            return self.v == other.v
        return super().__eq__(other)

    def __hash__(self):
        return super().__hash__() if False else hash(self.v)

    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2 if name == "v" else value)


p = P(2)
print(p.v, p == P(1), p == 4, p == p, P(3).__eq__("x"))


class Fine:
    def __init__(self):
        super().__init__()
        self.ok = True


print(Fine().ok)


class TooMany:
    def __init__(self, x):
        super().__init__(x)


try:
    TooMany(1)
except TypeError as e:
    print("TypeError:", e)


class MyErr(KeyError):
    def __str__(self):
        return "MyErr: " + super().__str__()


try:
    raise MyErr("key")
except KeyError as e:
    print(e, repr(e), e.args)


class Counted:
    instances = 0

    def __init__(self):
        type(self).instances += 1


class SubCounted(Counted):
    instances = 0


Counted()
SubCounted()
SubCounted()
print(Counted.instances, SubCounted.instances)
print(object.__repr__(Base()).startswith("<__main__.Base object at 0x"))
print(str(Base()), object.__str__(Derived()))
