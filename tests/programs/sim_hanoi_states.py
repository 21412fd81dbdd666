def solve(n):
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    states = [snapshot(pegs)]

    def move(k, src, dst, via):
        if k == 0:
            return
        move(k - 1, src, via, dst)
        disk = pegs[src].pop()
        if pegs[dst] and pegs[dst][-1] < disk:
            raise RuntimeError("illegal move")
        pegs[dst].append(disk)
        states.append(snapshot(pegs))
        move(k - 1, via, dst, src)
    move(n, "A", "C", "B")
    return states


def snapshot(pegs):
    return tuple(tuple(pegs[p]) for p in "ABC")


for n in (1, 2, 3):
    st = solve(n)
    print(n, len(st) - 1, st[-1])
st = solve(4)
for s in st[:6]:
    print(" | ".join(",".join(map(str, p)) or "-" for p in s))
print(len(set(st)) == len(st), max(len(s[1]) for s in st))


def iterative(n):
    pegs = [list(range(n, 0, -1)), [], []]
    order = [0, 2, 1] if n % 2 == 0 else [0, 1, 2]
    small = 0
    for move in range(1, 2 ** n):
        if move % 2 == 1:
            nxt = order[(order.index(small) + 1) % 3]
            pegs[nxt].append(pegs[small].pop())
            small = nxt
        else:
            a, b = [i for i in range(3) if i != small]
            if not pegs[a] or (pegs[b] and pegs[b][-1] < pegs[a][-1]):
                a, b = b, a
            pegs[b].append(pegs[a].pop())
    return 2 ** n - 1, [len(p) for p in pegs]


print([iterative(n) for n in range(1, 8)])
