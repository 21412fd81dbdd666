# The `=` specifier and f-strings in loops and functions.
x = 10
y = "text"
print(f"{x=}")
print(f"{y=}")
print(f"{x + 1 = }")
print(f"{x=:>5}")
rows = []
for i in range(3):
    rows.append(f"row {i}: {i * i:3d}")
print(rows)
def label(v, w=6):
    return f"[{v:>{w}}]"
print(label(1), label("ab", w=3), label(2.5))
table = [("apple", 1.5), ("kiwi", 0.25)]
for item, price in table:
    print(f"{item:<8}{price:>6.2f}")
print(f"{'nested ' + f'{x}'}")
print(f"{[f'{i}' for i in range(3)]}")
