class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.at = 0
        self.dir = 0
        self.stops = set()
        self.log = []

    def call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError("no floor %d" % floor)
        self.stops.add(floor)

    def step(self, t):
        if not self.stops:
            self.dir = 0
            return
        if self.at in self.stops:
            self.stops.discard(self.at)
            self.log.append((t, "open", self.at))
            return
        if self.dir == 0:
            nearest = min(self.stops, key=lambda f: (abs(f - self.at), f))
            self.dir = 1 if nearest > self.at else -1
        ahead = [f for f in self.stops if (f - self.at) * self.dir > 0]
        if not ahead:
            self.dir = -self.dir
        self.at += self.dir
        self.log.append((t, "move", self.at))


e = Elevator(10)
requests = {0: [5], 2: [2], 3: [8], 9: [1, 9], 14: [0]}
for t in range(30):
    for f in requests.get(t, []):
        e.call(f)
    e.step(t)
print([x for x in e.log if x[1] == "open"])
print(len([x for x in e.log if x[1] == "move"]), e.at, sorted(e.stops))
try:
    e.call(12)
except ValueError as ex:
    print(ex)
