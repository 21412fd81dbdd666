from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product("ab", [1, 2], repeat=2))[:5], len(list(product("ab", [1, 2], repeat=2))))
print(list(product()), list(product("ab", [])))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations("ab", 3)), list(permutations([], 0)), list(permutations("ab", 0)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement("", 2)), list(combinations_with_replacement("", 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
print(sum(1 for p in product(range(4), repeat=4) if sum(p) == 6))
for f, args in [(permutations, ("ab", -1)), (combinations, ("ab", -1)), (product, ("ab",))]:
    try:
        if f is product:
            list(product("ab", repeat=-1))
        else:
            list(f(*args))
    except ValueError as e:
        print("ValueError", e)
