# Deep recursion raises RecursionError which can be caught; state stays usable.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth_ok(n):
    return n if n == 0 else depth_ok(n - 1)
print(depth_ok(800))
def mutual_a(n):
    return "a" if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return "b" if n == 0 else mutual_a(n - 1)
print(mutual_a(101), mutual_b(300))
caught = 0
for attempt in range(3):
    try:
        down(0)
    except RecursionError:
        caught += 1
print("caught", caught)
def sum_list(xs):
    if not xs:
        return 0
    return xs[0] + sum_list(xs[1:])
print(sum_list(list(range(500))))
