def mandel(c, limit=60):
    z = complex(0, 0)
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


chars = " .:-=+*#%@"
rows = []
for y in range(-12, 13):
    row = ""
    for x in range(-40, 20):
        n = mandel(complex(x / 20, y / 10))
        row += chars[min(n, 59) * len(chars) // 60]
    rows.append(row)
print("\n".join(rows))
inside = sum(r.count("@") for r in rows)
print("inside", inside, "area estimate %.4f" % (inside * (1 / 20) * (1 / 10)))
print([mandel(complex(-0.75, y / 100)) for y in range(0, 10)])
