likes = {
    "ann": {"dune", "emma", "neuromancer", "foundation"},
    "bob": {"dune", "foundation", "hyperion"},
    "cy": {"emma", "persuasion", "middlemarch"},
    "dee": {"dune", "neuromancer", "hyperion", "snow crash"},
    "eve": {"persuasion", "emma"},
}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


users = sorted(likes)
for u in users:
    sims = sorted(((round(jaccard(likes[u], likes[v]), 4), v) for v in users if v != u), reverse=True)
    print(u, sims[:2])


def recommend(u, k=2):
    scores = {}
    for v in users:
        if v == u:
            continue
        s = jaccard(likes[u], likes[v])
        for item in likes[v] - likes[u]:
            scores[item] = scores.get(item, 0) + s
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


for u in users:
    print(u, "->", [(i, round(s, 4)) for i, s in recommend(u)])
all_items = set().union(*likes.values())
popular = sorted(all_items, key=lambda i: (-sum(i in s for s in likes.values()), i))
print(popular[:4], len(all_items))
common = set(likes["ann"])
for u in ("bob", "dee"):
    common &= likes[u]
print(sorted(common))
print(sorted(min(likes.values(), key=len)))
