def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, c in enumerate(s):
        if c in "([{":
            stack.append((c, i))
        elif c in pairs:
            if not stack or stack[-1][0] != pairs[c]:
                return f"mismatch at {i}"
            stack.pop()
    return "ok" if not stack else f"unclosed at {stack[-1][1]}"


for s in ["(a[b]{c})", "((]", "{[()()]}", "(((", "a)b", ""]:
    print(repr(s), balanced(s))


def next_greater(xs):
    out = [-1] * len(xs)
    stack = []
    for i, x in enumerate(xs):
        while stack and xs[stack[-1]] < x:
            out[stack.pop()] = x
        stack.append(i)
    return out


print(next_greater([4, 5, 2, 25, 7, 8, 1]))


def sliding_max(xs, k):
    dq = []
    out = []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.pop(0)
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out


print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))


def josephus(n, k):
    people = list(range(1, n + 1))
    order = []
    i = 0
    while people:
        i = (i + k - 1) % len(people)
        order.append(people.pop(i))
    return order


print(josephus(7, 3), josephus(41, 3)[-2:])


def largest_rectangle(heights):
    stack = []
    best = 0
    for i, h in enumerate(heights + [0]):
        start = i
        while stack and stack[-1][1] >= h:
            s, sh = stack.pop()
            best = max(best, sh * (i - s))
            start = s
        stack.append((start, h))
    return best


print(largest_rectangle([2, 1, 5, 6, 2, 3]), largest_rectangle([3, 3, 3]), largest_rectangle([]))
