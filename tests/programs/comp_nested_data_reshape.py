records = [
    {"region": "eu", "country": "pt", "year": 2022, "sales": 10},
    {"region": "eu", "country": "pt", "year": 2023, "sales": 14},
    {"region": "eu", "country": "de", "year": 2022, "sales": 30},
    {"region": "eu", "country": "de", "year": 2023, "sales": 28},
    {"region": "am", "country": "us", "year": 2022, "sales": 50},
    {"region": "am", "country": "us", "year": 2023, "sales": 61},
    {"region": "am", "country": "br", "year": 2023, "sales": 9},
]
years = sorted({r["year"] for r in records})
tree = {reg: {c: {r["year"]: r["sales"] for r in records if r["country"] == c}
              for c in sorted({r["country"] for r in records if r["region"] == reg})}
        for reg in sorted({r["region"] for r in records})}
print(tree)
wide = [[c] + [tree[reg][c].get(y, 0) for y in years] for reg in tree for c in tree[reg]]
print(wide)
long = [{"country": row[0], "year": y, "sales": v} for row in wide for y, v in zip(years, row[1:]) if v]
print(long == sorted(({k: r[k] for k in ("country", "year", "sales")} for r in records),
                     key=lambda d: [row[0] for row in wide].index(d["country"]) * 10 + years.index(d["year"])))
growth = {c: round((ys[2023] - ys[2022]) / ys[2022] * 100, 1) for reg in tree.values() for c, ys in reg.items() if 2022 in ys}
print(growth)
totals = {reg: sum(v for ys in cs.values() for v in ys.values()) for reg, cs in tree.items()}
print(totals, {y: sum(r["sales"] for r in records if r["year"] == y) for y in years})
transposed = {y: {c: v for reg in tree.values() for c, ys in reg.items() for yy, v in ys.items() if yy == y} for y in years}
print(transposed)
