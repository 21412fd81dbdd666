import math


class Vec:
    def __init__(self, x, y, z=0.0):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y + self.z * k.z
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __abs__(self):
        return math.sqrt(self * self)

    def __eq__(self, o):
        return (self.x, self.y, self.z) == (o.x, o.y, o.z)

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __repr__(self):
        return "Vec(%g, %g, %g)" % (self.x, self.y, self.z)


a = Vec(1, 2, 3)
b = Vec(-2, 0.5, 4)
print(a + b, a - b, a * 2, 3 * b, -a, a / 4)
print(a * b, abs(a), abs(Vec(3, 4)))
print(a.cross(b), a.cross(b) * a, a.cross(b) * b)
print(list(a), tuple(b), sum(a), max(b))
x, y, z = a + b
print(x, y, z)
print(a == Vec(1, 2, 3), a != b)
unit = a / abs(a)
print(f"{abs(unit):.12f}", [round(c, 6) for c in unit])
pts = [Vec(math.cos(t / 4), math.sin(t / 4), t / 10) for t in range(8)]
centroid = Vec(0, 0, 0)
for p in pts:
    centroid = centroid + p
centroid = centroid / len(pts)
print([round(c, 9) for c in centroid])
print(sorted(pts, key=abs)[:2])
