import random

rng = random.Random(2026)
teams = {"Lions": 88, "Tigers": 85, "Bears": 80, "Wolves": 78, "Eagles": 75, "Sharks": 73, "Hawks": 70, "Owls": 65}


def match(a, b):
    pa = teams[a] / (teams[a] + teams[b])
    return (a, b) if rng.random() < pa else (b, a)


def bracket(seeds):
    rnd = 1
    alive = seeds[:]
    while len(alive) > 1:
        nxt = []
        print(f"round {rnd}:", end=" ")
        for i in range(0, len(alive), 2):
            w, l = match(alive[i], alive[i + 1])
            print(f"{w}>{l}", end=" ")
            nxt.append(w)
        print()
        alive = nxt
        rnd += 1
    return alive[0]


seeds = sorted(teams, key=lambda t: -teams[t])
order = [seeds[i] for i in (0, 7, 3, 4, 1, 6, 2, 5)]
print("champion:", bracket(order))
wins = dict.fromkeys(teams, 0)
for _ in range(2000):
    alive = order[:]
    while len(alive) > 1:
        alive = [match(alive[i], alive[i + 1])[0] for i in range(0, len(alive), 2)]
    wins[alive[0]] += 1
for t in seeds:
    print(f"{t:<7}{teams[t]:>3}{wins[t] / 2000:>8.2%}")
