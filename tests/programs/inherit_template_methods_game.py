import random


class Game:
    name = "game"

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.turns = 0
        self.log = []

    def play(self, max_turns=50):
        self.setup()
        while not self.over() and self.turns < max_turns:
            self.turns += 1
            self.turn()
        return self.result()

    def setup(self):
        pass

    def result(self):
        return f"{self.name}: {self.turns} turns"


class Nim(Game):
    name = "nim"

    def setup(self):
        self.heap = 21
        self.player = 0

    def over(self):
        return self.heap == 0

    def turn(self):
        take = self.heap % 4 or self.rng.randint(1, min(3, self.heap))
        self.heap -= take
        self.log.append((self.player, take, self.heap))
        self.player ^= 1

    def result(self):
        return super().result() + f", winner player {self.player ^ 1}"


class Race(Game):
    name = "race"

    def setup(self):
        self.pos = {"red": 0, "blue": 0, "green": 0}

    def over(self):
        return max(self.pos.values()) >= 30

    def turn(self):
        for c in sorted(self.pos):
            self.pos[c] += self.rng.randint(1, 6)

    def result(self):
        ranking = sorted(self.pos.items(), key=lambda kv: (-kv[1], kv[0]))
        return super().result() + " " + str(ranking)


n = Nim(5)
print(n.play())
print(n.log)
print(Race(9).play())
print(Race(10).play(max_turns=3))
try:
    Game(1).play()
except AttributeError as e:
    print("AttributeError:", e)
