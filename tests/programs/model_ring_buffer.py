class RingBuffer:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.cap = capacity
        self.data = [None] * capacity
        self.start = 0
        self.size = 0

    def push(self, x):
        end = (self.start + self.size) % self.cap
        self.data[end] = x
        if self.size < self.cap:
            self.size += 1
            return None
        dropped_index = self.start
        self.start = (self.start + 1) % self.cap
        return "overwrote slot %d" % dropped_index

    def pop(self):
        if not self.size:
            raise IndexError("pop from empty ring")
        x = self.data[self.start]
        self.data[self.start] = None
        self.start = (self.start + 1) % self.cap
        self.size -= 1
        return x

    def __len__(self):
        return self.size

    def __iter__(self):
        for i in range(self.size):
            yield self.data[(self.start + i) % self.cap]

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("ring index out of range")
        return self.data[(self.start + i) % self.cap]

    def __repr__(self):
        return f"RingBuffer({list(self)}, cap={self.cap})"


r = RingBuffer(4)
for x in range(6):
    msg = r.push(x * x)
    print(x, msg, r)
print(r[0], r[-1], len(r), list(r), sum(r), 16 in r, 1 in r)
print(r.pop(), r.pop(), r)
r.push("a")
r.push("b")
r.push("c")
print(r, r.data, r.start)
while r:
    r.pop()
for bad in (lambda: r.pop(), lambda: r[0], lambda: RingBuffer(0)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
