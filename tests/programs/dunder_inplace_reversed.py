class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __iadd__(self, other):
        self.items.extend(other if isinstance(other, (list, tuple)) else [other])
        return self

    def __add__(self, other):
        b = Bag(self.items)
        b += other
        return b

    def __isub__(self, x):
        self.items.remove(x)
        return self

    def __imul__(self, n):
        self.items *= n
        return self

    def __reversed__(self):
        return iter(self.items[::-1])

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __repr__(self):
        return f"Bag({self.items})"


b = Bag([1])
alias = b
b += 2
b += [3, 4]
b -= 1
print(b, alias is b, len(b), b.__reversed__ is not None and list(b.__reversed__()))
c = b + 9
print(c, b, c is b)
b *= 2
print(b, bool(Bag()), bool(b), sum(b), sorted(b, reverse=True))


class Counter:
    def __init__(self, n=0):
        self.n = n

    def __add__(self, k):
        return Counter(self.n + k)

    def __repr__(self):
        return "Counter(%d)" % self.n


x = Counter()
y = x
x += 5
print(x, y, x is y)
lst = [1, 2]
lst2 = lst
lst += [3]
t = (1, 2)
t2 = t
t += (3,)
print(lst2, t2, t)
s = "ab"
s *= 3
print(s)
