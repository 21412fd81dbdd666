for s in ["", "a", "hello", "héllo", "日本", "x" * 12]:
    print([format(s, spec) for spec in ["", "s", "5", "<5", ">5", "^5", "^6", ".2", "8.3", "*^9", "0>4", "-<4", ".0", "10.10"]])
print("[{:>10}] [{:<10}] [{:^10}] [{:.>10}]".format("r", "l", "c", "d"))
print("{0:{1}}|{0:{2}}|{0!r:{1}}".format("ab", 6, "^8"))
print("{:{}{}{}}".format(3.14159, "<", 10, ".2f"))
print("{0}{1}{0}".format("ab", "-"), "{}".format("{}"), "{{{0}}}".format(5), "}}{{".format())
row = "{name:<10}|{qty:>5}|{price:>8.2f}"
for name, qty, price in [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 12.0)]:
    print(row.format(name=name, qty=qty, price=price))
data = {"x": [1, 2, {"k": "deep"}], "y": (4, 5)}
print("{d[x][2][k]} {d[y][1]} {d[x][0]}".format(d=data))
print("{0[1]}{0[0]}".format("ab"), "{0[-1]}".format({"-1": "neg"}), "{.real}".format(3))
print("{:%}".format(1), "{:.0%}".format(0.5), "{!s:>4}".format(1), "{!a}".format("ü"), "{!r:^8}".format(1.5))
