def to_min(t):
    h, m = map(int, t.split(":"))
    return h * 60 + m


def to_str(m):
    return "%02d:%02d" % divmod(m, 60)


busy = {
    "ann": [("09:00", "10:30"), ("12:00", "13:00"), ("15:00", "16:00")],
    "bob": [("09:30", "11:00"), ("13:30", "14:00")],
    "cy": [("08:00", "09:15"), ("11:30", "12:30"), ("16:30", "18:00")],
}
DAY = (to_min("08:00"), to_min("18:00"))


def free_slots(people, min_len):
    intervals = sorted((to_min(a), to_min(b)) for p in people for a, b in busy[p])
    merged = []
    for s, e in intervals:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    free = []
    cur = DAY[0]
    for s, e in merged:
        if s - cur >= min_len:
            free.append((cur, s))
        cur = max(cur, e)
    if DAY[1] - cur >= min_len:
        free.append((cur, DAY[1]))
    return [(to_str(a), to_str(b), b - a) for a, b in free]


print(free_slots(["ann", "bob", "cy"], 30))
print(free_slots(["ann", "bob"], 60))
print(free_slots(["cy"], 120))
load = {p: sum(to_min(b) - to_min(a) for a, b in busy[p]) for p in busy}
print({p: to_str(m) for p, m in sorted(load.items(), key=lambda kv: -kv[1])})
