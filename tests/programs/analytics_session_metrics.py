CLICKS = """u1 100 home
u1 130 search
u1 190 product
u1 2000 home
u1 2050 cart
u2 50 home
u2 70 product
u2 95 cart
u2 140 checkout
u3 500 home
u3 4000 search
u3 4010 search
u3 4100 product"""
GAP = 1800
events = {}
for line in CLICKS.splitlines():
    u, t, page = line.split()
    events.setdefault(u, []).append((int(t), page))
sessions = []
for u, evs in events.items():
    evs.sort()
    cur = [evs[0]]
    for prev, ev in zip(evs, evs[1:]):
        if ev[0] - prev[0] > GAP:
            sessions.append((u, cur))
            cur = []
        cur.append(ev)
    sessions.append((u, cur))
for u, s in sessions:
    dur = s[-1][0] - s[0][0]
    print(f"{u} start={s[0][0]:>5} dur={dur:>4}s pages={len(s)} path={'>'.join(p for _, p in s)}")
n = len(sessions)
bounce = sum(1 for _, s in sessions if len(s) == 1) / n
avg_pages = sum(len(s) for _, s in sessions) / n
conv = sum(1 for _, s in sessions if any(p == "checkout" for _, p in s)) / n
print("sessions %d bounce %.1f%% pages/session %.2f conversion %.1f%%" % (n, 100 * bounce, avg_pages, 100 * conv))
trans = {}
for _, s in sessions:
    for (_, a), (_, b) in zip(s, s[1:]):
        trans[(a, b)] = trans.get((a, b), 0) + 1
print(sorted(trans.items(), key=lambda kv: (-kv[1], kv[0])))
exits = {}
for _, s in sessions:
    exits[s[-1][1]] = exits.get(s[-1][1], 0) + 1
print(sorted(exits.items()))
