# Nested containers and keys of several types.
db = {"users": [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}], "count": 2}
db["users"].append({"name": "cy", "age": 40})
db["count"] += 1
print(db["count"], [u["name"] for u in db["users"]])
print(sorted([u["age"] for u in db["users"]]))
oldest = db["users"][0]
for u in db["users"]:
    if u["age"] > oldest["age"]:
        oldest = u
print(oldest)
keys = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", False: "bool"}
for k in keys:
    print(repr(k), keys[k])
print(keys[0], keys[1.0])
matrix = {}
for i in range(3):
    for j in range(3):
        matrix[(i, j)] = i * j
print(matrix[(2, 2)], len(matrix), sorted(matrix)[-1])
try:
    bad = {[1]: 2}
except TypeError as e:
    print("TypeError", e)
