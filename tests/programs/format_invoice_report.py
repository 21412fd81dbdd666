ITEMS = [("Consulting (hours)", 12.5, 150.0), ("Travel", 1, 320.4), ("Software licence", 3, 99.99),
         ("Discount", 1, -75.0), ("Support plan — annual", 1, 1200.0)]
TAX = 0.23
W = 60
print("=" * W)
print("INVOICE #2024-0042".center(W))
print("=" * W)
print(f"{'Description':<30}{'Qty':>8}{'Unit':>10}{'Amount':>12}")
print("-" * W)
subtotal = 0.0
for desc, qty, unit in ITEMS:
    amount = qty * unit
    subtotal += amount
    q = f"{qty:g}" if isinstance(qty, float) else str(qty)
    print(f"{desc[:29]:<30}{q:>8}{unit:>10,.2f}{amount:>12,.2f}")
print("-" * W)
tax = round(subtotal * TAX, 2)
for label, val in (("Subtotal", subtotal), (f"VAT {TAX:.0%}", tax), ("TOTAL", subtotal + tax)):
    print(f"{label:>48}{val:>12,.2f}")
print("=" * W)
print("{:^{w}}".format("Thank you!", w=W))
print("Due: %s | Ref: %08d | %5.1f%% paid" % ("2024-12-31", 4242, 0))
