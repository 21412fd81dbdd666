USERS = """id|name|country
1|Ana|PT
2|Ben|UK
3|Chen|CN
4|Dora|PT
5|Eli|US"""
ORDERS = """oid|uid|amount|status
100|1|25.00|paid
101|2|13.50|paid
102|1|7.25|refunded
103|3|99.99|paid
104|9|5.00|paid
105|4|42.00|pending
106|1|18.75|paid
107|3|1.01|paid"""


def table(text):
    head, *rows = text.splitlines()
    cols = head.split("|")
    return [dict(zip(cols, r.split("|"))) for r in rows]


users = {u["id"]: u for u in table(USERS)}
orders = table(ORDERS)
for o in orders:
    o["amount"] = float(o["amount"])
joined = [(o, users.get(o["uid"])) for o in orders]
orphans = [o["oid"] for o, u in joined if u is None]
print("orphans", orphans)
paid = [(o, u) for o, u in joined if u and o["status"] == "paid"]
per_user = {}
for o, u in paid:
    per_user[u["name"]] = per_user.get(u["name"], 0.0) + o["amount"]
for name, total in sorted(per_user.items(), key=lambda kv: -kv[1]):
    print(f"{name:<5}{total:>8.2f}")
per_country = {}
for o, u in paid:
    c = per_country.setdefault(u["country"], {"n": 0, "sum": 0.0})
    c["n"] += 1
    c["sum"] += o["amount"]
print({k: (v["n"], round(v["sum"], 2)) for k, v in sorted(per_country.items())})
no_orders = sorted(u["name"] for uid, u in users.items() if not any(o["uid"] == uid for o in orders))
print("no orders:", no_orders)
status = {}
for o in orders:
    status.setdefault(o["status"], []).append(o["oid"])
print(sorted(status.items()))
