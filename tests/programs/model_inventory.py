class Item:
    def __init__(self, sku, name, price, qty):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return "Item(%s, %s, %.2f x %d)" % (self.sku, self.name, self.price, self.qty)

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item

    def remove(self, sku, qty):
        it = self._items[sku]
        if qty > it.qty:
            raise ValueError(f"only {it.qty} of {sku}")
        it.qty -= qty
        if it.qty == 0:
            del self._items[sku]

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))

    def total(self):
        return sum(i.value for i in self)


inv = Inventory()
inv.add(Item("B2", "bolt", 0.25, 400))
inv.add(Item("N1", "nut", 0.1, 1000))
inv.add(Item("W9", "washer", 0.05, 250))
inv.add(Item("B2", "bolt", 0.25, 100))
print(len(inv), "B2" in inv, "X" in inv)
for it in inv:
    print(it, round(it.value, 2))
print("total", round(inv.total(), 2))
inv.remove("W9", 250)
try:
    inv.remove("N1", 5000)
except ValueError as e:
    print("error:", e)
try:
    inv.remove("ZZ", 1)
except KeyError as e:
    print("missing", e)
print(list(inv))
print(Item("N1", "x", 0, 0) == Item("N1", "y", 1, 1), len({Item("a", "", 0, 0), Item("a", "", 1, 1)}))
