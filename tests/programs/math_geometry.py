import math


def polygon_area(pts):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]))) / 2


def convex_hull(pts):
    pts = sorted(set(pts))
    if len(pts) <= 2:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def rotate(p, deg, c=(0, 0)):
    t = math.radians(deg)
    x, y = p[0] - c[0], p[1] - c[1]
    return (round(c[0] + x * math.cos(t) - y * math.sin(t), 9), round(c[1] + x * math.sin(t) + y * math.cos(t), 9))


square = [(0, 0), (4, 0), (4, 4), (0, 4)]
print(polygon_area(square), polygon_area([(0, 0), (4, 0), (0, 3)]))
pts = [(0, 0), (1, 1), (2, 2), (2, 0), (2, 4), (3, 3), (0, 4), (1, 2), (4, 2), (3, 1)]
hull = convex_hull(pts)
print(hull, polygon_area(hull))
print([rotate(p, 90) for p in square], rotate((1, 0), 45), rotate((5, 5), 180, (4, 4)))
print(math.dist((0, 0), (3, 4)), math.hypot(1, 1, 1, 1), math.degrees(math.atan2(1, -1)), math.degrees(math.acos(0.5)))
a, b, c = 7.0, 8.0, 9.0
C = math.degrees(math.acos((a * a + b * b - c * c) / (2 * a * b)))
print("angle C %.10f" % C)
lat1, lon1, lat2, lon2 = map(math.radians, (38.7223, -9.1393, 51.5074, -0.1278))
h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
print("Lisbon-London %.3f km" % (2 * 6371.0 * math.asin(math.sqrt(h))))
print(["%.4f" % math.sin(math.radians(d)) for d in range(0, 361, 45)])
