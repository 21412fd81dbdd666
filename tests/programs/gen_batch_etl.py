RAW = ["id,amount,currency,ts", "1,10.50,usd,2024-01-01T10:00", "2,bad,usd,2024-01-01T11:00",
       "3,7.25,eur,2024-01-02T09:30", "4,100,gbp,2024-01-02T12:00", "5,3.10,usd,", "6,55.5,EUR,2024-01-03T08:15",
       "7,0,usd,2024-01-03T09:00", "8,12.75,jpy,2024-01-03T10:00"]
RATES = {"usd": 1.0, "eur": 1.1, "gbp": 1.27}
rejects = []


def read(lines):
    header = lines[0].split(",")
    for n, line in enumerate(lines[1:], 2):
        yield n, dict(zip(header, line.split(",")))


def validate(rows):
    for n, r in rows:
        try:
            r["amount"] = float(r["amount"])
            if not r["ts"]:
                raise ValueError("missing timestamp")
            r["currency"] = r["currency"].lower()
            if r["currency"] not in RATES:
                raise KeyError(r["currency"])
        except (ValueError, KeyError) as e:
            rejects.append((n, type(e).__name__, str(e)))
            continue
        yield r


def convert(rows):
    for r in rows:
        r["usd"] = round(r["amount"] * RATES[r["currency"]], 2)
        r["day"] = r["ts"][:10]
        yield r


def nonzero(rows):
    return (r for r in rows if r["usd"] > 0)


def batches(rows, size):
    batch = []
    for r in rows:
        batch.append(r)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


for i, b in enumerate(batches(nonzero(convert(validate(read(RAW)))), 2)):
    print("batch", i, [(r["id"], r["usd"], r["day"]) for r in b])
print(rejects)
daily = {}
for r in convert(validate(read(RAW))):
    daily[r["day"]] = round(daily.get(r["day"], 0) + r["usd"], 2)
print(daily)
