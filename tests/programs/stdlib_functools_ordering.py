from functools import total_ordering, cmp_to_key


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)


a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a < b, a > b, a <= c, a >= c, b >= a, b <= a, a > c)
print(sorted([Version("2.0"), Version("1.0.1"), Version("1.0")]))
print(max([a, b, c]), min([b, a]))
try:
    a <= 5
except TypeError as e:
    print("TypeError", e)


@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v <= other.v


x, y = Rev(1), Rev(2)
print(x >= y, x > y, x < y, x <= y, y < x, x <= Rev(1))


@total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v


print(G(1) < G(2), G(2) <= G(2), G(3) >= G(1))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)


def by_len_then_alpha(s, t):
    if len(s) != len(t):
        return len(s) - len(t)
    return (s > t) - (s < t)


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(lambda s, t: by_len_then_alpha(t, s))))
K = cmp_to_key(lambda a, b: a - b)
print(K(3) < K(5), K(3) == K(3), K(5) >= K(6), max([4, 9, 1], key=K))
try:
    hash(K(1))
except TypeError:
    print("unhashable")
