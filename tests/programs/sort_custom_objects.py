class Version:
    def __init__(self, s):
        self.s = s
        parts = s.split("-")
        self.nums = tuple(int(x) for x in parts[0].split("."))
        self.pre = parts[1] if len(parts) > 1 else None

    def key(self):
        return (self.nums, self.pre is None, self.pre or "")

    def __lt__(self, o):
        return self.key() < o.key()

    def __eq__(self, o):
        return self.key() == o.key()

    def __repr__(self):
        return self.s


vs = [Version(s) for s in ["1.10.0", "1.2.0", "1.2.0-rc1", "1.2.0-beta", "0.9", "2.0.0", "1.2", "1.10.0-alpha"]]
print(sorted(vs))
print(max(vs), min(vs), sorted(vs, reverse=True)[:3])
print(Version("1.2.0") == Version("1.2.0"), Version("1.2") < Version("1.2.0"))


class Card:
    RANKS = "23456789TJQKA"
    SUITS = "cdhs"

    def __init__(self, code):
        self.rank, self.suit = code[0], code[1]

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(c) for c in "Kh 2c Ad Ts 9s Ah 2d".split()]
print(sorted(hand, key=lambda c: (Card.RANKS.index(c.rank), c.suit)))
print(sorted(hand, key=lambda c: (c.suit, -Card.RANKS.index(c.rank))))
groups = {}
for c in hand:
    groups.setdefault(c.rank, []).append(c)
print(sorted(groups.items(), key=lambda kv: (-len(kv[1]), -Card.RANKS.index(kv[0]))))
try:
    sorted([Version("1.0"), 3])
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
