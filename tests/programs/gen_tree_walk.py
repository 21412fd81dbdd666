class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()

    def paths(self, prefix=()):
        here = prefix + (self.value,)
        if not self.children:
            yield here
        for c in self.children:
            yield from c.paths(here)


tree = Node("root",
            Node("a", Node("a1"), Node("a2", Node("a2x"))),
            Node("b"),
            Node("c", Node("c1"), Node("c2"), Node("c3")))
print(list(tree))
for d, v in tree.walk():
    print("  " * d + v)
print(list(tree.leaves()))
print(["/".join(p) for p in tree.paths()])
print(max(tree.walk())[0], sum(1 for _ in tree))


def bfs(root):
    queue = [root]
    while queue:
        n = queue.pop(0)
        yield n.value
        queue.extend(n.children)


print(list(bfs(tree)))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]], "ab"])))
