import math
import random

random.seed(5)
moves = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}
x = y = 0
visited = {(0, 0): 1}
trail = []
for step in range(500):
    d = random.choice("NSEW")
    dx, dy = moves[d]
    x, y = x + dx, y + dy
    visited[(x, y)] = visited.get((x, y), 0) + 1
    if step < 20:
        trail.append(d)
print("".join(trail))
print("end", (x, y), "dist %.4f" % math.hypot(x, y))
print("distinct", len(visited), "most visited", max(visited.items(), key=lambda kv: (kv[1], kv[0])))
xs = [p[0] for p in visited]
ys = [p[1] for p in visited]
print("bbox", min(xs), max(xs), min(ys), max(ys))
returns = 0
random.seed(6)
for trial in range(300):
    px = py = 0
    for _ in range(200):
        dx, dy = moves[random.choice("NSEW")]
        px += dx
        py += dy
        if px == 0 and py == 0:
            returns += 1
            break
print("returned to origin in", returns, "of 300")
