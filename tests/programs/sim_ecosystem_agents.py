import random


class Agent:
    def __init__(self, kind, x, y, energy):
        self.kind, self.x, self.y, self.energy = kind, x, y, energy
        self.alive = True

    def move(self, rng, size):
        self.x = (self.x + rng.choice((-1, 0, 1))) % size
        self.y = (self.y + rng.choice((-1, 0, 1))) % size
        self.energy -= 1 if self.kind == "rabbit" else 2


rng = random.Random(77)
SIZE = 12
grass = {(x, y): rng.random() < 0.5 for x in range(SIZE) for y in range(SIZE)}
agents = [Agent("rabbit", rng.randrange(SIZE), rng.randrange(SIZE), 8) for _ in range(30)]
agents += [Agent("fox", rng.randrange(SIZE), rng.randrange(SIZE), 15) for _ in range(5)]
history = []
for t in range(40):
    for a in agents:
        if not a.alive:
            continue
        a.move(rng, SIZE)
        pos = (a.x, a.y)
        if a.kind == "rabbit" and grass[pos]:
            grass[pos] = False
            a.energy += 4
        elif a.kind == "fox":
            prey = [b for b in agents if b.alive and b.kind == "rabbit" and (b.x, b.y) == pos]
            if prey:
                prey[0].alive = False
                a.energy += 8
        if a.energy <= 0:
            a.alive = False
    babies = []
    for a in agents:
        threshold = 12 if a.kind == "rabbit" else 25
        if a.alive and a.energy > threshold:
            a.energy //= 2
            babies.append(Agent(a.kind, a.x, a.y, a.energy))
    agents = [a for a in agents if a.alive] + babies
    for p in grass:
        if not grass[p] and rng.random() < 0.1:
            grass[p] = True
    r = sum(a.kind == "rabbit" for a in agents)
    history.append((r, len(agents) - r, sum(grass.values())))
for t in range(0, 40, 5):
    print("t=%2d rabbits=%3d foxes=%2d grass=%3d" % ((t,) + history[t]))
print("final", history[-1], "peak rabbits", max(h[0] for h in history))
