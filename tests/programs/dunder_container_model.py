class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} outside {self.w}x{self.h}")
        return self.cells[y][x]

    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y][x] = v

    def __contains__(self, v):
        return any(v in row for row in self.cells)

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y), self.cells[y][x]

    def __len__(self):
        return self.w * self.h

    def __eq__(self, o):
        return isinstance(o, Grid) and self.cells == o.cells

    def __bool__(self):
        return any(v for _, v in self)

    def __str__(self):
        return "\n".join("".join(str(v) for v in row) for row in self.cells)

    def neighbours(self, x, y):
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            try:
                if x + dx < 0 or y + dy < 0:
                    continue
                yield (x + dx, y + dy), self[x + dx, y + dy]
            except IndexError:
                pass


g = Grid(6, 4)
print(bool(g), len(g), 1 in g)
for i in range(4):
    g[i, i] = 1
g[5, 0] = 7
print(g)
print(bool(g), 7 in g, g[5, 0], sum(v for _, v in g))
print(list(g.neighbours(0, 0)), len(list(g.neighbours(2, 2))))
try:
    g[6, 0]
except IndexError as e:
    print("IndexError:", e)
h = Grid(6, 4)
print(g == h, g != h, Grid(1, 1) == Grid(1, 1))
print([p for p, v in g if v])
