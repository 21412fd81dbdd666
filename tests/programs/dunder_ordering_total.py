class Interval:
    def __init__(self, lo, hi):
        if lo > hi:
            raise ValueError(f"empty interval [{lo}, {hi}]")
        self.lo, self.hi = lo, hi

    def __repr__(self):
        return f"[{self.lo}, {self.hi}]"

    def __eq__(self, o):
        return isinstance(o, Interval) and (self.lo, self.hi) == (o.lo, o.hi)

    def __hash__(self):
        return hash((self.lo, self.hi))

    def __lt__(self, o):
        return (self.lo, self.hi) < (o.lo, o.hi)

    def __le__(self, o):
        return self == o or self < o

    def __gt__(self, o):
        return o < self

    def __ge__(self, o):
        return o <= self

    def __contains__(self, x):
        if isinstance(x, Interval):
            return self.lo <= x.lo and x.hi <= self.hi
        return self.lo <= x <= self.hi

    def __and__(self, o):
        lo, hi = max(self.lo, o.lo), min(self.hi, o.hi)
        return Interval(lo, hi) if lo <= hi else None

    def __or__(self, o):
        if (self & o) is None and self.hi != o.lo and o.hi != self.lo:
            raise ValueError(f"disjoint {self} | {o}")
        return Interval(min(self.lo, o.lo), max(self.hi, o.hi))

    def __len__(self):
        return self.hi - self.lo


def merge(intervals):
    out = []
    for iv in sorted(intervals):
        if out and iv.lo <= out[-1].hi:
            out[-1] = out[-1] | iv
        else:
            out.append(iv)
    return out


ivs = [Interval(5, 8), Interval(1, 3), Interval(2, 6), Interval(10, 12), Interval(12, 15), Interval(20, 20)]
print(sorted(ivs), max(ivs), min(ivs))
print(merge(ivs), sum(len(i) for i in merge(ivs)))
a, b = Interval(1, 5), Interval(3, 9)
print(a & b, a | b, a & Interval(7, 8), 4 in a, Interval(2, 3) in a, b in a)
print(a < b, a <= a, b > a, b >= Interval(3, 9), a == Interval(1, 5), a != b)
print(len({Interval(1, 2), Interval(1, 2), Interval(2, 3)}))
for bad in [lambda: Interval(3, 1), lambda: a | Interval(7, 9)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
