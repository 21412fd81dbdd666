import math


class Parser:
    def __init__(self, text):
        self.toks = text.replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split()
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self, expect=None):
        t = self.peek()
        if expect is not None and t != expect:
            raise ValueError("expected %r got %r" % (expect, t))
        self.pos += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v

    def term(self):
        v = self.power()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            r = self.power()
            v = v * r if op == "*" else (v / r if op == "/" else v % r)
        return v

    def power(self):
        b = self.unary()
        if self.peek() == "^":
            self.take()
            return b ** self.power()
        return b

    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        t = self.take()
        if t == "(":
            v = self.expr()
            self.take(")")
            return v
        if t in ("sqrt", "sin", "log"):
            self.take("(")
            v = self.expr()
            self.take(")")
            return getattr(math, t)(v)
        if t == "max":
            self.take("(")
            args = [self.expr()]
            while self.peek() == ",":
                self.take()
                args.append(self.expr())
            self.take(")")
            return max(args)
        if t == "pi":
            return math.pi
        try:
            return int(t)
        except (ValueError, TypeError):
            try:
                return float(t)
            except (ValueError, TypeError):
                raise ValueError("bad token %r" % (t,))


for src in ["1 + 2 * 3", "( 1 + 2 ) * 3", "2 ^ 3 ^ 2", "- 2 ^ 2", "10 / 4", "17 % 5",
            "sqrt ( 16 ) + sin ( pi / 2 )", "max ( 1 , 7 , 3 ) * 2", "2 ^ 100", "log ( 1000 ) / log ( 10 )"]:
    print(src, "=", Parser(src).expr())
for bad in ["( 1 + 2", "1 + @", "max ( 1 , )"]:
    try:
        Parser(bad).expr()
    except ValueError as e:
        print("error:", e)
