def window(seq, n):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)


def chunks(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf


def moving_avg(seq, n):
    for w in window(seq, n):
        yield sum(w) / n


def pairwise_diff(seq):
    it = iter(seq)
    prev = next(it)
    for x in it:
        yield x - prev
        prev = x


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


def naturals(start=0):
    while True:
        yield start
        start += 1


data = [3, 5, 2, 8, 13, 7, 6, 9, 11, 4]
print(list(window(data, 3)))
print(list(chunks(data, 4)))
print([round(x, 3) for x in moving_avg(data, 4)])
print(list(pairwise_diff(data)))
print(take(5, (x * x for x in naturals(10))))
print(take(6, (w for w in window(naturals(), 2) if sum(w) % 3 == 0)))
print(list(chunks("abcdefg", 3)))
print(max(window(data, 2), key=sum), min(moving_avg(data, 3)))
