edges = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "e"), ("f", "e"), ("g", "g"), ("h", "i")]
nodes = {x for e in edges for x in e}
succ = {n: set() for n in nodes}
for a, b in edges:
    succ[a].add(b)


def reach(n):
    seen = set()
    todo = [n]
    while todo:
        x = todo.pop()
        for y in succ[x]:
            if y not in seen:
                seen.add(y)
                todo.append(y)
    return seen


closure = {n: reach(n) for n in nodes}
for n in sorted(nodes):
    print(n, sorted(closure[n]))
cyclic = sorted(n for n in nodes if n in closure[n])
print("on cycles:", cyclic)
sccs = []
done = set()
for n in sorted(nodes):
    if n in done:
        continue
    comp = {n} | {m for m in closure[n] if n in closure[m]}
    done |= comp
    sccs.append(sorted(comp))
print(sccs)
sources = sorted(nodes - {b for _, b in edges})
sinks = sorted(n for n in nodes if not succ[n])
print("sources", sources, "sinks", sinks)
und = {n: set() for n in nodes}
for a, b in edges:
    und[a].add(b)
    und[b].add(a)
comps = []
left = set(nodes)
while left:
    start = min(left)
    comp = {start}
    frontier = {start}
    while frontier:
        frontier = {y for x in frontier for y in und[x]} - comp
        comp |= frontier
    left -= comp
    comps.append(sorted(comp))
print(comps, len(comps))
print(frozenset(closure["a"]) == frozenset(closure["b"]), closure["a"] >= closure["d"], closure["f"].isdisjoint(closure["h"]))
