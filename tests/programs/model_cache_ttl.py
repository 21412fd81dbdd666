class Clock:
    def __init__(self):
        self.t = 0

    def advance(self, dt):
        self.t += dt
        return self.t


class TTLCache:
    def __init__(self, clock, ttl, capacity):
        self.clock, self.ttl, self.capacity = clock, ttl, capacity
        self.data = {}
        self.stats = {"hit": 0, "miss": 0, "expired": 0, "evicted": 0}

    def get(self, key, loader):
        now = self.clock.t
        if key in self.data:
            value, at = self.data[key]
            if now - at < self.ttl:
                self.stats["hit"] += 1
                del self.data[key]
                self.data[key] = (value, at)
                return value
            self.stats["expired"] += 1
            del self.data[key]
        self.stats["miss"] += 1
        value = loader(key)
        if len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.stats["evicted"] += 1
        self.data[key] = (value, now)
        return value

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data and self.clock.t - self.data[key][1] < self.ttl


loads = []


def loader(k):
    loads.append(k)
    return k.upper() * 2


clk = Clock()
c = TTLCache(clk, ttl=10, capacity=3)
script = [(0, "a"), (1, "b"), (2, "a"), (3, "c"), (4, "d"), (5, "b"), (12, "a"), (13, "d"), (14, "e"), (30, "e")]
for t, k in script:
    clk.t = t
    v = c.get(k, loader)
    print(t, k, v, list(c.data), "a" in c)
print(c.stats, loads, len(c))
