class Weird:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        return self.n > 0

    def __len__(self):
        return abs(self.n)

    def __contains__(self, x):
        return x % self.n if self.n else 0

    def __hash__(self):
        return 2 ** 100 + self.n

    def __eq__(self, o):
        return isinstance(o, Weird) and o.n == self.n


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


class LenOnly:
    def __len__(self):
        return 0


w = Weird(3)
print(bool(w), bool(Weird(-2)), len(Weird(-2)), 4 in w, 6 in w, {w: 1}[Weird(3)], hash(w) == hash(Weird(3)))
print("yes" if Weird(0) else "no", not w, len([x for x in (Weird(1), Weird(0), Weird(-1)) if x]))
print(bool(LenOnly()), "x" if LenOnly() else "empty")
for obj in (BadBool(), BadLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)


class Acc:
    def __init__(self, v=0):
        self.v = v

    def __add__(self, o):
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))

    def __radd__(self, o):
        return self + o

    def __repr__(self):
        return f"Acc({self.v})"


print(sum([Acc(1), Acc(2), Acc(3)]), sum([Acc(1), 5], Acc(10)), 1 + Acc(2), Acc(2) + 1)


class Base:
    def __eq__(self, o):
        return "Base.eq"


class Derived(Base):
    def __eq__(self, o):
        return "Derived.eq"


print(Derived() == Base(), Base() == Base())
