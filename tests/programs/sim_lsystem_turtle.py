import math


def expand(axiom, rules, n):
    s = axiom
    for _ in range(n):
        s = "".join(rules.get(c, c) for c in s)
    return s


def trace(cmds, angle):
    x = y = 0.0
    heading = 0.0
    stack = []
    pts = {(0, 0)}
    for c in cmds:
        if c in "FG":
            x += math.cos(math.radians(heading))
            y += math.sin(math.radians(heading))
            pts.add((round(x), round(y)))
        elif c == "+":
            heading += angle
        elif c == "-":
            heading -= angle
        elif c == "[":
            stack.append((x, y, heading))
        elif c == "]":
            x, y, heading = stack.pop()
    return pts, (round(x, 6), round(y, 6))


koch = expand("F", {"F": "F+F-F-F+F"}, 3)
print(len(koch), koch[:40])
pts, end = trace(koch, 90)
print(len(pts), end)
xs = [p[0] for p in pts]
ys = [p[1] for p in pts]
for yy in range(max(ys), min(ys) - 1, -1):
    print("".join("#" if (xx, yy) in pts else " " for xx in range(min(xs), max(xs) + 1)).rstrip())
dragon = expand("FX", {"X": "X+YF+", "Y": "-FX-Y"}, 8)
dp, dend = trace(dragon, 90)
print(len(dragon), len(dp), dend)
plant = expand("X", {"X": "F+[[X]-X]-F[-FX]+X", "F": "FF"}, 3)
print(len(plant), plant.count("["), trace(plant, 25)[1])
