import random


def simulate(reorder_point, order_qty, days=120, seed=10):
    rng = random.Random(seed)
    stock = 50
    pipeline = []
    lost = holding = orders = 0
    for day in range(days):
        arrived = [q for d, q in pipeline if d == day]
        stock += sum(arrived)
        pipeline = [(d, q) for d, q in pipeline if d != day]
        demand = max(0, int(rng.gauss(8, 3)))
        sold = min(stock, demand)
        lost += demand - sold
        stock -= sold
        holding += stock
        on_order = sum(q for _, q in pipeline)
        if stock + on_order <= reorder_point:
            pipeline.append((day + rng.randint(2, 5), order_qty))
            orders += 1
    cost = holding * 0.1 + lost * 2.0 + orders * 15
    return stock, lost, orders, round(holding / days, 3), round(cost, 2)


results = []
for rp in (10, 20, 30, 40):
    for q in (30, 60, 90):
        r = simulate(rp, q)
        results.append(((rp, q), r))
        print("rp=%2d q=%2d -> end=%3d lost=%3d orders=%2d avg_stock=%7.3f cost=%8.2f" % ((rp, q) + r))
best = min(results, key=lambda t: t[1][-1])
print("best policy", best[0], "cost", best[1][-1])
