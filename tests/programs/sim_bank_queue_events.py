import random

random.seed(77)
events = []


def schedule(t, kind, who):
    events.append((t, kind, who))
    events.sort(key=lambda e: (e[0], e[1], e[2]))


for c in range(15):
    schedule(round(random.uniform(0, 30), 3), "arrive", c)
queue = []
busy = None
log = []
served = 0
while events:
    t, kind, who = events.pop(0)
    if kind == "arrive":
        if busy is None:
            busy = who
            schedule(round(t + random.uniform(1, 4), 3), "depart", who)
        else:
            queue.append((who, t))
        log.append("%7.3f arrive %2d q=%d" % (t, who, len(queue)))
    else:
        served += 1
        log.append("%7.3f depart %2d" % (t, who))
        if queue:
            nxt, since = queue.pop(0)
            busy = nxt
            log.append("%7.3f   start %2d waited %.3f" % (t, nxt, t - since))
            schedule(round(t + random.uniform(1, 4), 3), "depart", nxt)
        else:
            busy = None
print("\n".join(log))
print("served", served)
