SCORES = """ann,math,91
bob,math,78
cy,math,91
dee,math,65
ann,physics,85
bob,physics,92
cy,physics,70
dee,physics,88
ann,chem,79
bob,chem,81
cy,chem,95
dee,chem,60"""
table = {}
for line in SCORES.splitlines():
    name, subj, sc = line.split(",")
    table.setdefault(name, {})[subj] = int(sc)
subjects = sorted({s for d in table.values() for s in d})


def dense_rank(pairs):
    ranks = {}
    prev = None
    r = 0
    for name, v in sorted(pairs, key=lambda kv: (-kv[1], kv[0])):
        if v != prev:
            r += 1
            prev = v
        ranks[name] = r
    return ranks


def competition_rank(pairs):
    ranks = {}
    ordered = sorted(pairs, key=lambda kv: (-kv[1], kv[0]))
    for i, (name, v) in enumerate(ordered):
        ranks[name] = ranks[ordered[i - 1][0]] if i and ordered[i - 1][1] == v else i + 1
    return ranks


for s in subjects:
    pairs = [(n, d[s]) for n, d in table.items()]
    print(s, dense_rank(pairs), competition_rank(pairs))
totals = [(n, sum(d.values())) for n, d in table.items()]
print(sorted(totals, key=lambda kv: -kv[1]), competition_rank(totals))
best_subject = {n: max(d, key=lambda s: (d[s], s)) for n, d in table.items()}
print(best_subject)
print("%-5s" % "" + "".join("%9s" % s for s in subjects) + "%7s" % "avg")
for n in sorted(table):
    d = table[n]
    print("%-5s" % n + "".join("%9d" % d[s] for s in subjects) + "%7.2f" % (sum(d.values()) / len(d)))
