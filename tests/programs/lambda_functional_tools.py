def reduce(fn, seq, init=None):
    it = iter(seq)
    acc = next(it) if init is None else init
    for x in it:
        acc = fn(acc, x)
    return acc


nums = list(range(1, 11))
print(reduce(lambda a, b: a * b, nums), reduce(lambda a, b: a + b, nums, 100))
print(list(map(lambda x: x ** 2, filter(lambda x: x % 3 == 0, nums))))
print(list(map(lambda a, b: a - b, nums, reversed(nums))))
print(sorted(["b10", "a2", "a10", "b9"], key=lambda s: (s[0], int(s[1:]))))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}


def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(float(tok))
    return st[0]


print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * 5 / -"))
compose2 = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose2(lambda x: x * x, lambda x: x + 1)
print([inc_then_sq(i) for i in range(5)])
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
flip = lambda f: lambda a, b: f(b, a)
print(flip(lambda a, b: a - b)(1, 10), flip(divmod)(3, 17))
group = lambda xs, key: {k: [x for x in xs if key(x) == k] for k in sorted(set(map(key, xs)))}
print(group(nums, lambda x: x % 4))
print(max(nums, key=lambda x: (x % 5, -x)), min("hello world", key=lambda c: (c == " ", c)))
