import random

rng = random.Random(21)
stages = ["retailer", "wholesaler", "distributor", "factory"]
inv = {s: 12 for s in stages}
backlog = {s: 0 for s in stages}
pipeline = {s: [4, 4] for s in stages}
orders_hist = {s: [] for s in stages}
cost = {s: 0.0 for s in stages}
for week in range(30):
    demand = 4 if week < 5 else 8 + rng.randint(-1, 1)
    incoming = demand
    for s in stages:
        inv[s] += pipeline[s].pop(0)
        need = incoming + backlog[s]
        shipped = min(inv[s], need)
        inv[s] -= shipped
        backlog[s] = need - shipped
        target = 12 + 2 * incoming
        order = max(0, target - inv[s] + backlog[s] - sum(pipeline[s]) + incoming)
        orders_hist[s].append(order)
        pipeline[s].append(order if s == "factory" else 0)
        cost[s] += 0.5 * inv[s] + 1.0 * backlog[s]
        incoming = order
    for up, down in zip(stages[1:], stages):
        pipeline[down][-1] = orders_hist[down][-1]
for s in stages:
    o = orders_hist[s]
    mean = sum(o) / len(o)
    var = sum((x - mean) ** 2 for x in o) / len(o)
    print(f"{s:<12} inv={inv[s]:4d} backlog={backlog[s]:3d} cost={cost[s]:8.1f} order mean={mean:6.2f} var={var:8.2f}")
print("orders (factory):", orders_hist["factory"][:15])
