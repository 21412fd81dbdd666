# if/elif/else chains and truthiness.
def classify(x):
    if x < 0:
        return "negative"
    elif x == 0:
        return "zero"
    elif x < 10:
        return "small"
    else:
        return "large"
for v in [-5, 0, 3, 10, 10 ** 20]:
    print(v, classify(v))
for v in [0, 1, "", "a", [], [0], {}, {0: 0}, None, 0.0, -0.0, 0.1, (), (0,)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 3
if x:
    pass
if x == 3:
    if x > 1:
        print("nested")
    else:
        print("no")
if not x:
    print("no")
elif not x - 3:
    print("elif taken")
