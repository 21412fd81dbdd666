words = ["banana", "Apple", "cherry", "date", "Elder"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), max(words, key=str.casefold))
print(min(words, key=len), sorted(map(str.upper, words)), list(filter(str.istitle, words)))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("hello"), sorted([3, 1, 2], reverse=True))
nums = [3.5, -2, 7, 0.25]
print(max(nums), min(nums), sum(nums), sorted(nums, key=abs), max(map(abs, nums)), min(nums, default=0))
print(max([], default="empty"), min("bca"), max(1, 2, 3), max((1, 2), (1, 3)))
