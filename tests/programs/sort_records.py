people = [
    {"name": "Ann", "dept": "eng", "age": 34, "salary": 120000},
    {"name": "bob", "dept": "ops", "age": 45, "salary": 90000},
    {"name": "Cid", "dept": "eng", "age": 29, "salary": 120000},
    {"name": "dee", "dept": "hr", "age": 38, "salary": 70000},
    {"name": "Eve", "dept": "ops", "age": 29, "salary": 95000},
    {"name": "fay", "dept": "eng", "age": 51, "salary": 150000},
]
print([p["name"] for p in sorted(people, key=lambda p: p["name"])])
print([p["name"] for p in sorted(people, key=lambda p: p["name"].lower())])
print([p["name"] for p in sorted(people, key=lambda p: (-p["salary"], p["age"]))])
print([p["name"] for p in sorted(people, key=lambda p: (p["dept"], -p["age"]))])
s = sorted(people, key=lambda p: p["age"])
s = sorted(s, key=lambda p: p["dept"], reverse=True)
print([(p["dept"], p["age"]) for p in s])
print(max(people, key=lambda p: p["age"])["name"], min(people, key=lambda p: (p["salary"], p["name"]))["name"])
ranked = sorted(people, key=lambda p: p["salary"], reverse=True)
rank = 0
prev = None
for i, p in enumerate(ranked, 1):
    if p["salary"] != prev:
        rank = i
        prev = p["salary"]
    print(rank, p["name"], p["salary"])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Fig", "elder"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[::-1]), sorted(set(w.lower() for w in words)))
nums = [3.5, -2, 7, 0, -8.25, 4, 7]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x % 2, x)), sorted(range(10), key=lambda n: -n % 4))
pairs = sorted(zip("dcba", [2, 1, 2, 1]), key=lambda t: t[1])
print(pairs)
