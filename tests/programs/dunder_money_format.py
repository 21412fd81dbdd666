class Money:
    def __init__(self, cents, cur="USD"):
        self.cents = cents
        self.cur = cur

    @classmethod
    def parse(cls, s):
        cur, amt = s.split()
        whole, _, frac = amt.partition(".")
        sign = -1 if whole.startswith("-") else 1
        return cls(sign * (abs(int(whole)) * 100 + int((frac + "00")[:2])), cur)

    def _check(self, o):
        if self.cur != o.cur:
            raise ValueError(f"currency mismatch {self.cur}/{o.cur}")

    def __add__(self, o):
        if o == 0:
            return self
        self._check(o)
        return Money(self.cents + o.cents, self.cur)

    __radd__ = __add__

    def __sub__(self, o):
        self._check(o)
        return Money(self.cents - o.cents, self.cur)

    def __mul__(self, k):
        return Money(round(self.cents * k), self.cur)

    def __eq__(self, o):
        if isinstance(o, int):
            return self.cents == o
        return (self.cents, self.cur) == (o.cents, o.cur)

    def __lt__(self, o):
        self._check(o)
        return self.cents < o.cents

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __format__(self, spec):
        s = "%s%d.%02d" % ("-" if self.cents < 0 else "", abs(self.cents) // 100, abs(self.cents) % 100)
        if spec.endswith("c"):
            s = f"{s} {self.cur}"
            spec = spec[:-1]
        return format(s, spec)

    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"

    def __str__(self):
        return format(self, "c")

    def split(self, n):
        q, r = divmod(self.cents, n)
        return [Money(q + (1 if i < r else 0), self.cur) for i in range(n)]


a = Money.parse("USD 12.5")
b = Money.parse("USD -3.07")
print(a, b, repr(a + b), a - b, a * 1.075)
print(f"[{a:>10}] [{b:<10c}] [{a + b:^14c}]")
print(sum([a, b, Money(1)]), sum([], Money(0)) == 0)
print([str(p) for p in Money(1000).split(3)], sum(Money(1000).split(3)))
print(sorted([a, b, Money(0)]), max(a, b), len({a, Money(1250), b}))
try:
    a + Money(5, "EUR")
except ValueError as e:
    print("ValueError:", e)
print("%s and %r" % (a, b), "{} {!r} {:c}".format(a, b, b))
