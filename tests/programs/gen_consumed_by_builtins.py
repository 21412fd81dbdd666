# Builtins that run a generator in a loop of their own (jit.make_consume_driver):
# list, tuple, set, join, sorted, sum, any, all, min, max, and their ends.
def gen(n):
    for i in range(n):
        yield i
    return 5
def chain(n):
    yield from gen(n)
    yield from gen(2)
print(list(gen(5)), tuple(chain(3)), sorted(set(gen(4))), ",".join(str(x) for x in gen(3)))
print(sum(gen(10)), sum(chain(4), 100), any(x > 3 for x in gen(5)), all(x < 3 for x in chain(3)))
print(min(gen(5)), max(chain(5)), sum([1,2,3]), any([]), all(iter([1, 1])))
async def c(): return 1
try:
    list(c())
except TypeError as e:
    print(e)
g = gen(3); next(g); print(list(g), list(g))
