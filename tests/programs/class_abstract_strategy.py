class Pricing:
    def price(self, base, qty):
        raise NotImplementedError(f"{type(self).__name__} must implement price")

    def quote(self, base, qty):
        p = self.price(base, qty)
        return f"{type(self).__name__:<10} qty={qty:<4} total={p:>9.2f} unit={p / qty:.4f}"


class Flat(Pricing):
    def price(self, base, qty):
        return base * qty


class Bulk(Pricing):
    def __init__(self, tiers):
        self.tiers = sorted(tiers, reverse=True)

    def price(self, base, qty):
        for threshold, disc in self.tiers:
            if qty >= threshold:
                return base * qty * (1 - disc)
        return base * qty


class BuyNGetOne(Pricing):
    def __init__(self, n):
        self.n = n

    def price(self, base, qty):
        free = qty // (self.n + 1)
        return base * (qty - free)


class Broken(Pricing):
    pass


strategies = [Flat(), Bulk([(10, 0.05), (100, 0.15), (50, 0.1)]), BuyNGetOne(2), Broken()]
for qty in (1, 12, 60, 150):
    for s in strategies:
        try:
            print(s.quote(2.5, qty))
        except NotImplementedError as e:
            print("NotImplementedError:", e)
best = {qty: min(strategies[:3], key=lambda s: s.price(2.5, qty)).__class__.__name__ for qty in (1, 12, 60, 150)}
print(best)
