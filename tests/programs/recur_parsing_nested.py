def parse(s, i=0):
    items = []
    tok = ""
    while i < len(s):
        c = s[i]
        if c == "(":
            sub, i = parse(s, i + 1)
            items.append(sub)
        elif c == ")":
            if tok:
                items.append(atom(tok))
            return items, i
        elif c == " ":
            if tok:
                items.append(atom(tok))
                tok = ""
        else:
            tok += c
        i += 1
    if tok:
        items.append(atom(tok))
    return items, i


def atom(t):
    try:
        return int(t)
    except ValueError:
        return t


def evaluate(e, env):
    if isinstance(e, int):
        return e
    if isinstance(e, str):
        return env[e]
    op, *args = e
    if op == "let":
        name, val, body = args
        new = dict(env)
        new[name] = evaluate(val, env)
        return evaluate(body, new)
    if op == "if":
        c, a, b = args
        return evaluate(a, env) if evaluate(c, env) else evaluate(b, env)
    vals = [evaluate(a, env) for a in args]
    if op == "+":
        return sum(vals)
    if op == "*":
        r = 1
        for v in vals:
            r *= v
        return r
    if op == "-":
        return vals[0] - sum(vals[1:]) if len(vals) > 1 else -vals[0]
    if op == "<":
        return int(vals[0] < vals[1])
    raise ValueError("unknown op %r" % op)


progs = ["(+ 1 2 3)", "(* 2 (+ 3 4) (- 10 4))", "(let x 5 (* x x))", "(let x 2 (let y 10 (if (< x y) (- y x) 0)))",
         "(- 7)", "(+ (* 2 3) (* 4 (let z 3 (+ z z))))"]
for p in progs:
    tree = parse(p)[0][0]
    print(p, "=>", tree, "=", evaluate(tree, {}))
try:
    evaluate(parse("(% 1 2)")[0][0], {})
except ValueError as e:
    print("ValueError:", e)
try:
    evaluate(parse("(+ q 1)")[0][0], {})
except KeyError as e:
    print("KeyError:", e)


def depth(t):
    return 1 + max((depth(x) for x in t if isinstance(x, list)), default=0)


print([depth(parse(p)[0][0]) for p in progs])
