import math

G = 1.0
bodies = [
    {"name": "sun", "m": 1000.0, "p": [0.0, 0.0], "v": [0.0, 0.0]},
    {"name": "a", "m": 1.0, "p": [10.0, 0.0], "v": [0.0, 10.0]},
    {"name": "b", "m": 0.5, "p": [0.0, -20.0], "v": [7.0710678, 0.0]},
]


def energy():
    ke = sum(0.5 * b["m"] * (b["v"][0] ** 2 + b["v"][1] ** 2) for b in bodies)
    pe = 0.0
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            a, c = bodies[i], bodies[j]
            pe -= G * a["m"] * c["m"] / math.dist(a["p"], c["p"])
    return ke + pe


def accel():
    acc = []
    for a in bodies:
        ax = ay = 0.0
        for c in bodies:
            if c is a:
                continue
            dx, dy = c["p"][0] - a["p"][0], c["p"][1] - a["p"][1]
            r3 = (dx * dx + dy * dy) ** 1.5
            ax += G * c["m"] * dx / r3
            ay += G * c["m"] * dy / r3
        acc.append((ax, ay))
    return acc


dt = 0.001
e0 = energy()
acc = accel()
for step in range(1, 6001):
    for b, (ax, ay) in zip(bodies, acc):
        b["v"][0] += 0.5 * dt * ax
        b["v"][1] += 0.5 * dt * ay
        b["p"][0] += dt * b["v"][0]
        b["p"][1] += dt * b["v"][1]
    acc = accel()
    for b, (ax, ay) in zip(bodies, acc):
        b["v"][0] += 0.5 * dt * ax
        b["v"][1] += 0.5 * dt * ay
    if step % 1500 == 0:
        print(step, " ".join("%s(%.4f,%.4f)" % (b["name"], b["p"][0], b["p"][1]) for b in bodies))
print("relative energy error %.3e" % abs((energy() - e0) / e0))
print("radius a %.5f" % math.dist(bodies[0]["p"], bodies[1]["p"]))
