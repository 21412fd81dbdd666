TRADES = """AAPL,100,189.5
MSFT,50,410.25
AAPL,-30,190.0
GOOG,20,140.1
MSFT,25,405.0
AAPL,10,188.75
GOOG,-20,142.6
TSLA,5,250.0
MSFT,-75,415.5
TSLA,-2,245.0"""
positions = {}
cost = {}
realized = {}
for line in TRADES.splitlines():
    sym, qty, px = line.split(",")
    qty, px = int(qty), float(px)
    pos = positions.get(sym, 0)
    if qty > 0:
        cost[sym] = (cost.get(sym, 0.0) * pos + qty * px) / (pos + qty)
    else:
        realized[sym] = realized.get(sym, 0.0) + (-qty) * (px - cost[sym])
    positions[sym] = pos + qty
print({k: v for k, v in positions.items() if v})
print({k: round(v, 4) for k, v in cost.items()})
print({k: round(v, 2) for k, v in sorted(realized.items())})
marks = {"AAPL": 191.0, "MSFT": 400.0, "GOOG": 150.0, "TSLA": 260.0}
unreal = {s: round(q * (marks[s] - cost[s]), 2) for s, q in positions.items() if q}
print(unreal, round(sum(unreal.values()) + sum(realized.values()), 2))
flat = [s for s, q in positions.items() if q == 0]
print("flat:", sorted(flat))
exposure = sorted(((q * marks[s], s) for s, q in positions.items() if q), reverse=True)
print(exposure)
