import random

rng = random.Random(555)
N = 300
state = ["S"] * N
for i in rng.sample(range(N), 3):
    state[i] = "I"
contacts = [rng.sample(range(N), 6) for _ in range(N)]
history = []
for day in range(60):
    new_state = state[:]
    for i, s in enumerate(state):
        if s == "I":
            for j in contacts[i]:
                if state[j] == "S" and rng.random() < 0.08:
                    new_state[j] = "I"
            if rng.random() < 0.1:
                new_state[i] = "R"
    state = new_state
    counts = (state.count("S"), state.count("I"), state.count("R"))
    history.append(counts)
    if counts[1] == 0:
        break
for d in range(0, len(history), 5):
    s, i, r = history[d]
    print("day %2d S=%3d I=%3d R=%3d %s" % (d, s, i, r, "*" * (i // 4)))
peak = max(range(len(history)), key=lambda d: history[d][1])
print("peak day", peak, history[peak], "final", history[-1], "days", len(history))
