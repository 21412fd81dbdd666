def double(x):
    return x * 2

def both(a, b):
    return (a, b)

print(list(map(double, {"a": 1, "b": 2})), list(map(double, (1, 2))), list(map(double, "ab")))
print(list(map(both, range(3), "abcdef")), list(map(both, [], [1])))
print(list(filter(None, range(-2, 3))), list(filter(str.isdigit, ["1", "a", "22"])))
print(list(enumerate(map(double, [5, 6]), 1)), list(zip(map(double, [1, 2]), filter(None, [0, 3, 4]))))
print(sorted(map(str.lower, ["B", "a", "C"])), max(map(len, ["aa", "b", "cccc"])), min(filter(None, [0, 5, 3])))
print(any(map(str.isupper, ["a", "B"])), all(map(str.islower, ["a", "B"])), sum(map(int, "12345")))
print(dict(map(both, "ab", [1, 2])), tuple(map(abs, [-1, -2])), sorted(list(map(abs, [-1, 1]))))
m = map(double, [1, 2, 3])
print(list(zip(m, m)))
it = iter("abc")
print(next(it), list(map(str.upper, it)))
nums = [3, 1, 2]
r = reversed(nums)
print(next(r), list(r), list(reversed([])), list(reversed(())), list(reversed("xy")))
stack = [1, 2, 3, 4]
print(list(iter(stack.pop, 2)), stack)
f = filter(None, [1, 0])
print(list(f))
