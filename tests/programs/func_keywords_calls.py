# Calling builtins and methods with keyword arguments.
print("a", "b", "c", sep="-")
print("no newline", end="|")
print("x", end="\n")
print(1, 2, sep="")
print(sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs))
print(int("ff", 16), int("777", 8), int("101", base=2))
print(round(3.14159, 2), round(3.14159), round(-1.5))
print(list(range(10, 0, -3)), list(range(0)), list(range(-3)))
print(list(enumerate("ab", start=5)))
print(list(zip([1, 2, 3], "ab")))
print(sum([1, 2], 10), sum(range(101)))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, str)),
      isinstance("s", (int, str)))
def describe(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(describe("Ann"), describe("Bob", punct="?"), describe(greeting="Hi", name="Cy"))
