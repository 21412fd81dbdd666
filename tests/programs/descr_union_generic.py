# int | str unions and list[int] generic aliases


class A:
    pass


class B(A):
    pass


u = int | str
print(u, type(u).__name__, int | None, None | int, int | str | int, (int | str) | float)
print(isinstance(1, u), isinstance("x", u), isinstance(1.5, u), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str), isinstance(B(), A | int))
print(u == (str | int), u == (int | float), hash(int | str) == hash(str | int), int | int)
print(u.__args__, (list[int] | None), A | B)
ga = list[int]
print(ga, dict[str, int], tuple[int, str], set[str], frozenset[int], type[A], list[list[int]])
print(ga.__origin__, ga.__args__, dict[str, list[int]].__args__, ga == list[int], ga == list[str])
print(ga([1, 2]), dict[str, int](a=1), tuple[int, str]((1, 2)), type(ga([3])).__name__)
print(list[A], dict[str, A | None])


class MyList(list):
    pass


print(MyList[int], MyList[int]([5]), type(MyList[int]([5])).__name__)
for bad in [lambda: isinstance([], list[int]), lambda: int | 3, lambda: 3 | int,
            lambda: issubclass(list, list[int])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
try:
    int[3]
except TypeError as e:
    print("TypeError:", e)


def f(x: int | None = None) -> list[str]:
    return [str(x)]


print(f(), f(2))
