class BST:
    def __init__(self):
        self.root = None

    def insert(self, k):
        def ins(node, k):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = ins(node[1], k)
            elif k > node[0]:
                node[2] = ins(node[2], k)
            return node
        self.root = ins(self.root, k)

    def inorder(self):
        def go(n):
            if n:
                yield from go(n[1])
                yield n[0]
                yield from go(n[2])
        return list(go(self.root))

    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))

    def contains(self, k):
        n = self.root
        while n:
            if k == n[0]:
                return True
            n = n[1] if k < n[0] else n[2]
        return False

    def range(self, lo, hi):
        def go(n):
            if n is None:
                return []
            out = []
            if lo < n[0]:
                out += go(n[1])
            if lo <= n[0] <= hi:
                out.append(n[0])
            if n[0] < hi:
                out += go(n[2])
            return out
        return go(self.root)


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(t.inorder(), t.height(), t.contains(45), t.contains(46), t.range(33, 62))
skew = BST()
for k in range(10):
    skew.insert(k)
print(skew.height(), skew.inorder() == list(range(10)))


def build_expr(tokens):
    tok = tokens.pop(0)
    if tok in "+-*":
        return (tok, build_expr(tokens), build_expr(tokens))
    return int(tok)


def show(e):
    return str(e) if isinstance(e, int) else f"({show(e[1])} {e[0]} {show(e[2])})"


def calc(e):
    if isinstance(e, int):
        return e
    a, b = calc(e[1]), calc(e[2])
    return a + b if e[0] == "+" else a - b if e[0] == "-" else a * b


e = build_expr("* + 2 3 - 10 * 2 4".split())
print(e, show(e), calc(e))
