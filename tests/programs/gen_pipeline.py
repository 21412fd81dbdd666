def numbers(n):
    for i in range(n):
        yield i

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squares(it):
    for x in it:
        yield x * x

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

print(list(squares(evens(numbers(20)))))
print(list(take(3, squares(numbers(1000000)))))
print(sum(squares(evens(numbers(100)))))

def windows(seq, k):
    for i in range(len(seq) - k + 1):
        yield seq[i:i + k]
print(list(windows([1, 2, 3, 4, 5], 3)))

def tokenize(text):
    word = ""
    for ch in text:
        if ch.isalnum():
            word += ch
        elif word:
            yield word
            word = ""
    if word:
        yield word
print(list(tokenize("Hello, world! 42 times.")))

def gen_with_state():
    state = {"n": 0}
    def bump():
        state["n"] += 1
        return state["n"]
    while state["n"] < 3:
        yield bump()
print(list(gen_with_state()))

def closure_gen(k):
    def inner():
        for i in range(3):
            yield i * k
    return inner
print(list(closure_gen(5)()))
print(dict(zip("abc", numbers(3))), list(enumerate(numbers(2))))
