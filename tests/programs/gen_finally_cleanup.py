log = []


def reader(name, lines):
    log.append("open " + name)
    try:
        for i, ln in enumerate(lines):
            yield f"{name}:{i}:{ln}"
    finally:
        log.append("close " + name)


r = reader("a", ["x", "y", "z"])
print(next(r), next(r))
r.close()
print(log)
log.clear()
print(list(reader("b", ["1", "2"])), log)
log.clear()
rc = reader("c", ["p", "q", "r"])
for item in rc:
    if item.endswith("q"):
        break
print(item, log)
rc.close()
print(log)
log.clear()


def merged(*gens):
    try:
        for g in gens:
            yield from g
    finally:
        log.append("merged done")


m = merged(reader("d", ["1"]), reader("e", ["2", "3"]))
print(list(m), log)
log.clear()


def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        log.append("caught " + str(e))
        yield "recovered"
    finally:
        log.append("guarded finally")


g = guarded()
print(next(g), g.throw(ValueError("boom")), next(g, "end"), log)
