# Particles as objects: instance attributes, method calls, a small vector
# class with __add__/__sub__/__mul__, a property, inheritance and super().
STEPS = 3000  # bench-quick: 30


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    @property
    def energy(self):
        return 0.5 * self.vel.dot(self.vel)

    def step(self, dt):
        self.pos = self.pos + self.vel * dt


class Damped(Particle):
    def __init__(self, pos, vel, k):
        super().__init__(pos, vel)
        self.k = k

    def step(self, dt):
        super().step(dt)
        self.vel = self.vel * (1.0 - self.k * dt)


def make(n):
    ps = []
    for i in range(n):
        p = Vec(i * 0.1, -i * 0.2)
        v = Vec(1.0 + i % 3, 0.5 - i % 5)
        if i % 2:
            ps.append(Damped(p, v, 0.01))
        else:
            ps.append(Particle(p, v))
    return ps


particles = make(100)
center = Vec(0.0, 0.0)
for _ in range(STEPS):
    for p in particles:
        p.step(0.01)
        d = p.pos - center
        if d.dot(d) > 400.0:
            p.vel = p.vel * -1.0
total = 0.0
for p in particles:
    total += p.energy
print(f"energy = {total:.6f}")
