class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.last = 0.0

    def allow(self, now, cost=1):
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


class SlidingWindow:
    def __init__(self, limit, window):
        self.limit, self.window = limit, window
        self.hits = []

    def allow(self, now):
        self.hits = [t for t in self.hits if t > now - self.window]
        if len(self.hits) < self.limit:
            self.hits.append(now)
            return True
        return False


times = [0.0, 0.1, 0.2, 0.3, 0.35, 0.4, 1.0, 1.05, 1.1, 2.5, 2.6, 2.61, 2.62, 2.63, 5.0]
tb = TokenBucket(rate=2.0, capacity=3)
sw = SlidingWindow(limit=3, window=1.0)
rows = []
for t in times:
    rows.append((t, tb.allow(t), round(tb.tokens, 3), sw.allow(t), len(sw.hits)))
for r in rows:
    print("t=%5.2f bucket=%-5s tokens=%5.3f window=%-5s hits=%d" % r)
print("bucket allowed", sum(r[1] for r in rows), "window allowed", sum(r[3] for r in rows))
