# __repr__ and __str__ in print, str, repr, f-strings, containers
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


m = Money(1234)
print(m)
print(str(m), repr(m))
print(f"{m} {m!r} {m!s}")
print([m, Money(5)])
print((m,), {"k": m})
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print("%s and %r" % (m, m))
print(f"{OnlyRepr()!s:>12}|")
print("-".join([str(Money(100)), str(Money(99))]))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class Nested:
    def __init__(self, items):
        self.items = items

    def __repr__(self):
        return "Nested(" + repr(self.items) + ")"


print(Nested([Nested([1]), Nested([])]))
