def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print([is_even(n) for n in range(6)], is_even(400), is_odd(401))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


for n in (10, 200, 800):
    print(n, depth(n))


def runaway(n):
    return runaway(n + 1)


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)


class Cons:
    def __init__(self, head, tail=None):
        self.head, self.tail = head, tail

    def length(self):
        return 1 + (self.tail.length() if self.tail else 0)

    def total(self):
        return self.head + (self.tail.total() if self.tail else 0)

    def to_list(self):
        return [self.head] + (self.tail.to_list() if self.tail else [])


lst = None
for i in range(700):
    lst = Cons(i, lst)
print(lst.length(), lst.total(), lst.to_list()[:5])


def expr_depth(s):
    def parse(i):
        d = 0
        while i < len(s):
            if s[i] == "(":
                sub, i = parse(i + 1)
                d = max(d, sub + 1)
            elif s[i] == ")":
                return d, i
            i += 1
        return d, i
    return parse(0)[0]


print(expr_depth("(a(b)(c(d(e))))"), expr_depth("(" * 300 + ")" * 300), expr_depth("none"))


def hofstadter_q(n, memo={1: 1, 2: 1}):
    if n not in memo:
        memo[n] = hofstadter_q(n - hofstadter_q(n - 1)) + hofstadter_q(n - hofstadter_q(n - 2))
    return memo[n]


print([hofstadter_q(n) for n in range(1, 25)])
