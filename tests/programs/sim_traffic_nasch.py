import random

random.seed(8)
L = 60
VMAX = 5
P = 0.3
cars = sorted(random.sample(range(L), 15))
vel = {c: 0 for c in cars}
flow = 0
for t in range(40):
    pos = sorted(vel)
    new = {}
    for i, x in enumerate(pos):
        ahead = pos[(i + 1) % len(pos)]
        gap = (ahead - x - 1) % L
        v = min(vel[x] + 1, VMAX, gap)
        if v > 0 and random.random() < P:
            v -= 1
        nx = (x + v) % L
        if nx < x:
            flow += 1
        new[nx] = v
    vel = new
    if t % 4 == 0:
        print("".join(str(vel[i]) if i in vel else "." for i in range(L)))
print("cars", len(vel), "flow", flow, "mean speed %.3f" % (sum(vel.values()) / len(vel)))
