class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        if not isinstance(o, Point):
            return NotImplemented
        return (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class NoHash:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, NoHash) and self.v == o.v


pts = [Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0), Point(3, 4)]
uniq = list(dict.fromkeys(pts))
print(uniq, len(set(pts)))
counts = {}
for p in pts:
    counts[p] = counts.get(p, 0) + 1
print(sorted(counts.items(), key=lambda kv: (kv[0].x, kv[0].y)))
print(Point(1, 2) in pts, Point(9, 9) in set(pts), pts.count(Point(3, 4)), pts.index(Point(0, 0)))
print(Point(1, 2) == (1, 2), Point(1, 2) != (1, 2), (1, 2) == Point(1, 2))
print(NoHash(1) == NoHash(1), NoHash(1) in [NoHash(1)], NoHash.__hash__ is None)
try:
    {NoHash(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {NoHash(2): 1}
except TypeError as e:
    print("TypeError:", e)
grid = {Point(x, y): x * y for x in range(3) for y in range(3)}
print(grid[Point(2, 2)], len(grid), Point(1, 1) in grid, grid.get(Point(5, 5), "none"))
