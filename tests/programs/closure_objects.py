def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return {"push": push, "pop": pop, "size": size}

s = make_stack()
s["push"](1)
s["push"](2)
print(s["size"](), s["pop"](), s["size"]())

def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds")
        balance -= amount
        return balance
    return deposit, withdraw

dep, wd = make_account(100)
print(dep(50), wd(30))
try:
    wd(1000)
except ValueError as e:
    print("ValueError:", e)

def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
print(pipeline(lambda x: x + 1, lambda x: x * 3, str)(4))

def once(fn):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return wrapper
calls = []
o = once(lambda: calls.append(1) or len(calls))
print(o(), o(), calls)
