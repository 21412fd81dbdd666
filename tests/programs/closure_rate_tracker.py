def make_tracker(window):
    events = []

    def record(t, value=1):
        events.append((t, value))
        while events and events[0][0] <= t - window:
            events.pop(0)
        return rate(t)

    def rate(t):
        total = sum(v for when, v in events if when > t - window)
        return round(total / window, 4)

    def snapshot():
        return list(events)
    return record, rate, snapshot


def make_limiter(limit, window):
    record, rate, snapshot = make_tracker(window)

    def allow(t):
        if rate(t) * window >= limit:
            return False
        record(t)
        return True
    return allow, snapshot


record, rate, snap = make_tracker(10)
for t, v in [(0, 1), (2, 3), (5, 1), (11, 2), (13, 1), (30, 5)]:
    print(t, record(t, v), snap())
allow, snap2 = make_limiter(3, 5)
print([(t, allow(t)) for t in [0, 1, 2, 3, 4, 5, 6, 9, 10, 11]])
print(snap2())
