class Event:
    def __init__(self, kind, **data):
        self.kind = kind
        self.data = data

    def __repr__(self):
        return f"{self.kind}({', '.join(f'{k}={v!r}' for k, v in sorted(self.data.items()))})"


class Cart:
    def __init__(self):
        self.items = {}
        self.coupon = None
        self.checked_out = False

    def apply(self, ev):
        handler = getattr(self, "on_" + ev.kind, None)
        if handler is None:
            raise ValueError(f"unknown event {ev.kind}")
        handler(**ev.data)
        return self

    def on_added(self, sku, qty, price):
        q, _ = self.items.get(sku, (0, price))
        self.items[sku] = (q + qty, price)

    def on_removed(self, sku, qty):
        q, p = self.items[sku]
        if qty >= q:
            del self.items[sku]
        else:
            self.items[sku] = (q - qty, p)

    def on_coupon(self, code, pct):
        self.coupon = (code, pct)

    def on_checkout(self):
        self.checked_out = True

    @property
    def total(self):
        t = sum(q * p for q, p in self.items.values())
        if self.coupon:
            t *= 1 - self.coupon[1] / 100
        return round(t, 2)


log = [Event("added", sku="pen", qty=3, price=1.5), Event("added", sku="book", qty=1, price=12.0),
       Event("added", sku="pen", qty=2, price=1.5), Event("removed", sku="pen", qty=4),
       Event("coupon", code="SAVE10", pct=10), Event("added", sku="mug", qty=2, price=6.25), Event("checkout")]
cart = Cart()
for i, ev in enumerate(log):
    cart.apply(ev)
    print(f"{i} {ev!r:<45} total={cart.total}")
print(cart.items, cart.checked_out)
replay = Cart()
for ev in log[:3]:
    replay.apply(ev)
print("state after 3 events:", replay.items, replay.total)
try:
    Cart().apply(Event("refund", amount=5))
except ValueError as e:
    print("ValueError:", e)
