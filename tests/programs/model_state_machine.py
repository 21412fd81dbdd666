class InvalidTransition(Exception):
    pass


class Order:
    TRANSITIONS = {
        "new": {"pay": "paid", "cancel": "cancelled"},
        "paid": {"ship": "shipped", "refund": "refunded"},
        "shipped": {"deliver": "delivered", "lose": "lost"},
        "lost": {"refund": "refunded"},
    }

    def __init__(self, oid):
        self.oid = oid
        self.state = "new"
        self.trail = ["new"]

    def fire(self, event):
        options = self.TRANSITIONS.get(self.state, {})
        if event not in options:
            raise InvalidTransition(f"order {self.oid}: cannot {event} when {self.state}")
        self.state = options[event]
        self.trail.append(self.state)
        return self

    def __getattr__(self, name):
        if name.startswith("can_"):
            return name[4:] in self.TRANSITIONS.get(self.state, {})
        raise AttributeError(name)

    @property
    def final(self):
        return self.state not in self.TRANSITIONS


scripts = {1: ["pay", "ship", "deliver"], 2: ["pay", "ship", "lose", "refund"], 3: ["cancel", "pay"],
           4: ["ship"], 5: ["pay", "refund", "refund"]}
orders = []
for oid, events in scripts.items():
    o = Order(oid)
    for ev in events:
        try:
            o.fire(ev)
        except InvalidTransition as e:
            print("!", e)
            break
    orders.append(o)
for o in orders:
    print(o.oid, o.state, "->".join(o.trail), o.final, o.can_refund, o.can_pay)
summary = {}
for o in orders:
    summary[o.state] = summary.get(o.state, 0) + 1
print(sorted(summary.items()))
try:
    orders[0].nonsense
except AttributeError as e:
    print("AttributeError", e)
