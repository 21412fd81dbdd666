import math
import random


class Walker:
    def __init__(self, rng, p_up=0.5, step=1.0):
        self.rng = rng
        self.p_up = p_up
        self.step = step
        self.pos = 0.0
        self.path = [0.0]

    def advance(self, n):
        for _ in range(n):
            self.pos += self.step if self.rng.random() < self.p_up else -self.step
            self.path.append(self.pos)
        return self

    @property
    def max_excursion(self):
        return max(abs(p) for p in self.path)

    def crossings(self):
        return sum(1 for a, b in zip(self.path, self.path[1:]) if a * b < 0 or (a == 0 and b != 0))


rng = random.Random(314)
walkers = [Walker(rng, p).advance(400) for p in (0.5, 0.5, 0.55, 0.45, 0.6)]
for w in walkers:
    print("p=%.2f end=%+6.1f max=%5.1f crossings=%3d" % (w.p_up, w.pos, w.max_excursion, w.crossings()))
finals = [Walker(rng).advance(100).pos for _ in range(300)]
m = sum(finals) / len(finals)
sd = math.sqrt(sum((f - m) ** 2 for f in finals) / (len(finals) - 1))
print("mean %.4f sd %.4f (theory sd %.4f)" % (m, sd, math.sqrt(100)))
within = sum(1 for f in finals if abs(f) <= 10) / len(finals)
print("within 1 sd: %.3f" % within)
