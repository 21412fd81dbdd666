EVENTS = """u1 2024-01 signup
u2 2024-01 signup
u3 2024-01 signup
u1 2024-02 active
u2 2024-02 active
u1 2024-03 active
u4 2024-02 signup
u5 2024-02 signup
u4 2024-03 active
u3 2024-03 active
u6 2024-03 signup
u5 2024-04 active
u1 2024-04 active
u6 2024-04 active
u4 2024-04 active"""
months = ["2024-01", "2024-02", "2024-03", "2024-04"]
signup = {}
active = {}
for line in EVENTS.splitlines():
    user, month, kind = line.split()
    if kind == "signup":
        signup[user] = month
    else:
        active.setdefault(user, set()).add(month)
cohorts = {}
for u, m in signup.items():
    cohorts.setdefault(m, []).append(u)
print("cohort   size " + " ".join("m+%d " % k for k in range(4)))
for m in sorted(cohorts):
    users = cohorts[m]
    start = months.index(m)
    cells = []
    for k in range(4):
        if start + k >= len(months):
            cells.append("   -")
            continue
        target = months[start + k]
        n = len(users) if k == 0 else sum(1 for u in users if target in active.get(u, set()))
        cells.append("%3d%%" % round(100 * n / len(users)))
    print("%s %4d %s" % (m, len(users), " ".join(cells)))
mau = {m: sum(1 for u in signup if m in active.get(u, set()) or signup[u] == m) for m in months}
print(mau)
churned = sorted(u for u in signup if not active.get(u))
print("never active:", churned)
last_seen = {u: max(active.get(u, {signup[u]}) | {signup[u]}) for u in signup}
print(sorted(last_seen.items()))
