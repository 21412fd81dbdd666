class StepError(Exception):
    def __init__(self, step, cause_msg):
        super().__init__(f"step {step} failed: {cause_msg}")
        self.step = step


def parse(s):
    return int(s)


def pipeline(values):
    out = []
    for i, v in enumerate(values):
        try:
            out.append(100 // parse(v))
        except (ValueError, ZeroDivisionError) as e:
            raise StepError(i, type(e).__name__) from e
    return out


for vals in (["1", "2", "4"], ["5", "0", "1"], ["3", "x"]):
    try:
        print(pipeline(vals))
    except StepError as e:
        c = e.__cause__
        print(e, "| step", e.step, "| cause", type(c).__name__, c, "| suppress", e.__suppress_context__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("converted") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
e = RuntimeError("manual")
e.__cause__ = KeyError("why")
print(repr(e.__cause__), e.args)


def layered(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        layered(n - 1)
    except LookupError as e:
        raise LookupError(f"level {n}") from e


try:
    layered(3)
except LookupError as e:
    chain = []
    while e is not None:
        chain.append(str(e))
        e = e.__cause__
    print(" <- ".join(chain))
