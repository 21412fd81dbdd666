import math

CSV = """city,year,temp,rain
Oslo,2021,6.1,780
Oslo,2022,6.8,820
Oslo,2023,7.0,700
Rome,2021,16.2,710
Rome,2022,17.1,590
Rome,2023,16.9,655
Cairo,2021,22.5,25
Cairo,2022,23.1,18
Cairo,2023,23.4,31
Lima,2022,19.0,12
Lima,2023,19.4,9"""
head, *body = CSV.splitlines()
cols = head.split(",")
recs = []
for line in body:
    v = dict(zip(cols, line.split(",")))
    v["year"] = int(v["year"])
    v["temp"] = float(v["temp"])
    v["rain"] = int(v["rain"])
    recs.append(v)


def agg(records, key, field):
    groups = {}
    for r in records:
        groups.setdefault(r[key], []).append(r[field])
    out = {}
    for k, vals in groups.items():
        m = sum(vals) / len(vals)
        sd = math.sqrt(sum((x - m) ** 2 for x in vals) / len(vals))
        out[k] = {"n": len(vals), "min": min(vals), "max": max(vals), "mean": round(m, 3), "sd": round(sd, 3)}
    return out


for field in ("temp", "rain"):
    print("==", field)
    for k, s in sorted(agg(recs, "city", field).items(), key=lambda kv: kv[1]["mean"]):
        print(f"{k:<6}" + " ".join(f"{name}={val}" for name, val in s.items()))
by_year = agg(recs, "year", "temp")
print({y: s["mean"] for y, s in sorted(by_year.items())})
trend = {}
for r in recs:
    trend.setdefault(r["city"], {})[r["year"]] = r["temp"]
for city, ys in sorted(trend.items()):
    yrs = sorted(ys)
    print(city, "%+.1f" % (ys[yrs[-1]] - ys[yrs[0]]), "over", yrs[-1] - yrs[0], "years")
wettest = max(recs, key=lambda r: r["rain"])
print("wettest", wettest["city"], wettest["year"], wettest["rain"])
