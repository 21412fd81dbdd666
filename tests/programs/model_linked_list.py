class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        for k, v in enumerate(self):
            if k == i:
                return v

    def __contains__(self, v):
        return any(x == v for x in self)

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.val == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{v!r} not in list")

    def __eq__(self, other):
        return list(self) == list(other)

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def __repr__(self):
        return "[" + " -> ".join(map(repr, self)) + "]"


ll = LinkedList([3, 1, 4, 1, 5, 9, 2, 6])
print(ll, len(ll), ll[0], ll[-1], 9 in ll, 7 in ll)
ll.reverse()
print(ll)
ll.remove(1)
ll.remove(6)
print(ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(ll + LinkedList("ab"), sorted(ll), sum(ll), max(ll), list(enumerate(ll))[:3])
print(ll == [2, 9, 5, 1, 4, 3], LinkedList() == [], bool(LinkedList()), bool(ll))
a, b, *rest = ll
print(a, b, rest)
