# __format__ in f-strings, and object's default formatting
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"

    def __str__(self):
        return "Money(%d)" % self.cents


m = Money(123456)
print(f"{m}|{m:short}|{m:,.1f}|{m!s}|{m!s:>12}|")
print("{}".format(m) if False else f"{m:>10.0f}")


class Plain:
    def __repr__(self):
        return "P"


p = Plain()
print(f"{p}|{p!r:>4}|{p!s:<3}|")
try:
    print(f"{p:>6}")
except TypeError as e:
    print("TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
