class Ball:
    def __init__(self, name, x, y, vx, vy, r=0.5):
        self.name, self.x, self.y, self.vx, self.vy, self.r = name, x, y, vx, vy, r
        self.bounces = 0

    def step(self, dt, w, h, g=-9.81):
        self.vy += g * dt
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.y - self.r < 0:
            self.y = self.r + (self.r - self.y)
            self.vy = -self.vy * 0.9
            self.bounces += 1
        if self.x - self.r < 0 or self.x + self.r > w:
            self.vx = -self.vx
            self.x = min(max(self.x, self.r), w - self.r)
            self.bounces += 1

    def energy(self, g=9.81):
        return 0.5 * (self.vx ** 2 + self.vy ** 2) + g * self.y


balls = [Ball("a", 1, 5, 2.0, 0.0), Ball("b", 5, 8, -3.5, 1.0), Ball("c", 9, 2, 0.5, 6.0)]
dt = 0.01
for t in range(1, 501):
    for b in balls:
        b.step(dt, 10, 20)
    if t % 100 == 0:
        print("t=%.1f " % (t * dt) + " ".join("%s(%.3f,%.3f)" % (b.name, b.x, b.y) for b in balls))
for b in balls:
    print(b.name, b.bounces, "%.4f" % b.energy())
