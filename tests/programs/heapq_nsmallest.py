import heapq

nums = [5, 1, 8, 3, 9, 2, 8, 0, 7, 3]
for n in [-1, 0, 1, 3, 10, 20]:
    print(n, heapq.nsmallest(n, nums), heapq.nlargest(n, nums))
words = ["pear", "fig", "banana", "kiwi", "apple", "plum", "date"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))


def last_letter(w):
    return w[-1]


print(heapq.nlargest(2, words, key=last_letter))
print(heapq.nsmallest(2, range(10, 0, -1)), heapq.nlargest(2, (4, 1, 3)))
print(heapq.nlargest(1, []), heapq.nsmallest(1, [], key=len))
scores = {"ann": 3, "bob": 9, "cid": 9, "dee": 1}


def by_score(k):
    return scores[k]


print(heapq.nlargest(2, scores, key=by_score))
print(heapq.nsmallest(3, [(2, "b"), (1, "z"), (1, "a"), (2, "a")]))
