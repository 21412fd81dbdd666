import random


class Player:
    def __init__(self, name, skill):
        self.name, self.skill = name, skill
        self.rating = 1500.0
        self.record = [0, 0, 0]

    def expected(self, other):
        return 1 / (1 + 10 ** ((other.rating - self.rating) / 400))

    def __repr__(self):
        w, d, l = self.record
        return f"{self.name:<6}{self.rating:8.1f}  {w}-{d}-{l}"


def play(a, b, rng, k=24):
    diff = a.skill - b.skill
    r = rng.random()
    p_a = 1 / (1 + 10 ** (-diff / 400))
    if abs(r - 0.5) < 0.05:
        sa = 0.5
    else:
        sa = 1.0 if r < p_a else 0.0
    ea = a.expected(b)
    a.rating += k * (sa - ea)
    b.rating += k * ((1 - sa) - (1 - ea))
    idx = {1.0: 0, 0.5: 1, 0.0: 2}
    a.record[idx[sa]] += 1
    b.record[idx[1 - sa]] += 1


rng = random.Random(1)
players = [Player(n, s) for n, s in [("ada", 1800), ("bo", 1650), ("cy", 1500), ("di", 1400), ("ed", 1300)]]
for rnd in range(40):
    for i in range(len(players)):
        for j in range(i + 1, len(players)):
            play(players[i], players[j], rng)
for p in sorted(players, key=lambda p: -p.rating):
    print(p)
print("rating sum %.6f" % sum(p.rating for p in players))
print("ada vs ed expected %.4f" % players[0].expected(players[-1]))
