import random


class Customer:
    def __init__(self, cid, arrival, service):
        self.cid = cid
        self.arrival = arrival
        self.service = service
        self.start = None

    @property
    def wait(self):
        return self.start - self.arrival

    def __repr__(self):
        return "C%d(a=%.2f,s=%.2f)" % (self.cid, self.arrival, self.service)


class Server:
    def __init__(self, name):
        self.name = name
        self.free_at = 0.0
        self.served = []

    def serve(self, c):
        c.start = max(self.free_at, c.arrival)
        self.free_at = c.start + c.service
        self.served.append(c.cid)


random.seed(2024)
t = 0.0
customers = []
for i in range(40):
    t += random.expovariate(1.5)
    customers.append(Customer(i, t, random.uniform(0.5, 1.5)))
print(customers[:3])
servers = [Server("A"), Server("B")]
for c in customers:
    s = min(servers, key=lambda s: (s.free_at, s.name))
    s.serve(c)
waits = [c.wait for c in customers]
print("mean wait %.4f" % (sum(waits) / len(waits)))
print("max wait %.4f by C%d" % max((w, c.cid) for w, c in zip(waits, customers)))
for s in servers:
    print(s.name, len(s.served), s.served[:8], "%.3f" % s.free_at)
hist = {}
for w in waits:
    b = int(w * 2) / 2
    hist[b] = hist.get(b, 0) + 1
for b in sorted(hist):
    print("%4.1f %s" % (b, "#" * hist[b]))
