import math

for deg in range(0, 361, 30):
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), math.degrees(r), math.atan2(math.sin(r), math.cos(r)))
for x in [-1, -0.5, 0, 0.5, 1]:
    print(x, math.asin(x), math.acos(x), math.atan(x))
for x in [1, 1.5, 10]:
    print(x, math.acosh(x), math.asinh(x), math.atanh(1 / (x + 1)))
