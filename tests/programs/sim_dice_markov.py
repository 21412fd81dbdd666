import random

# snakes and ladders as a Markov chain, solved exactly and by simulation
jumps = {3: 22, 5: 8, 11: 26, 20: 29, 17: 4, 19: 7, 21: 9, 27: 1}
N = 30


def move(pos, roll):
    p = pos + roll
    if p > N:
        return pos
    return jumps.get(p, p)


dist = [0.0] * (N + 1)
dist[0] = 1.0
expected = 0.0
for turn in range(1, 300):
    new = [0.0] * (N + 1)
    for pos, pr in enumerate(dist):
        if pr == 0 or pos == N:
            continue
        for roll in range(1, 7):
            new[move(pos, roll)] += pr / 6
    finished = new[N]
    expected += turn * finished
    new[N] = 0.0
    dist = new
    if turn in (5, 10, 20, 50):
        print(turn, round(sum(dist), 8))
print("expected turns %.6f" % expected)
random.seed(11)
games = []
for g in range(2000):
    pos = turns = 0
    while pos != N:
        pos = move(pos, random.randint(1, 6))
        turns += 1
    games.append(turns)
print("simulated mean %.4f min %d max %d" % (sum(games) / len(games), min(games), max(games)))
freq = {}
for t in games:
    freq[t] = freq.get(t, 0) + 1
print(sorted(freq.items())[:10])
