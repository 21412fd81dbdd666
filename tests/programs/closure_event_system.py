def make_emitter():
    listeners = {}

    def on(event, fn=None, once=False):
        def add(f):
            listeners.setdefault(event, []).append((f, once))
            return f
        return add(fn) if fn else add

    def emit(event, *args):
        results = []
        keep = []
        for f, once in listeners.get(event, []):
            results.append(f(*args))
            if not once:
                keep.append((f, once))
        listeners[event] = keep
        return results

    def count(event=None):
        if event is None:
            return sum(len(v) for v in listeners.values())
        return len(listeners.get(event, []))
    return on, emit, count


on, emit, count = make_emitter()
seen = []


@on("data")
def record(x):
    seen.append(x)
    return "rec %r" % (x,)


on("data", lambda x: x * 2)
on("data", lambda x: "once:" + str(x), once=True)


@on("end")
def finish():
    return "total %d" % len(seen)


print(emit("data", 5), count("data"))
print(emit("data", "ab"), count("data"), count())
print(emit("end"), emit("missing"), seen)
on2, emit2, count2 = make_emitter()
print(count2(), emit2("data", 1))
