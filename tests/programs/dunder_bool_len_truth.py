# truth testing of instances in conditions, boolean operators, while loops
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"Stack{self.items}"


s = Stack().push(1).push(2).push(3)
out = []
while s:
    out.append(s.pop())
print(out, bool(s), len(s), s or "empty", s and "never")
s.push(9)
print(s and "has items", not s, [x for x in [Stack(), s] if x])


class Switch:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  __bool__ called for", self.on)
        return self.on

    def __len__(self):
        return 99


print(bool(Switch(True)), len(Switch(False)))
a, b = Switch(True), Switch(False)
print((a and b) is b, (b or a) is a, (b and a) is b)
if not b:
    print("b is false")
print(any([b, a]), all([a, b]))


class Always:
    pass


print(bool(Always()), not Always(), type(Always() or 1).__name__)
x = Always() if Always() else None
print(type(x).__name__)
