class Heap:
    def __init__(self):
        self.a = []

    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i > 0 and a[(i - 1) // 2] > a[i]:
            p = (i - 1) // 2
            a[i], a[p] = a[p], a[i]
            i = p

    def pop(self):
        a = self.a
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                m = i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

    def __len__(self):
        return len(self.a)


class Task:
    counter = 0

    def __init__(self, prio, name, cost):
        Task.counter += 1
        self.seq = Task.counter
        self.prio, self.name, self.cost = prio, name, cost

    def __lt__(self, o):
        return (self.prio, self.seq) < (o.prio, o.seq)

    def __gt__(self, o):
        return o < self

    def __repr__(self):
        return f"{self.name}(p{self.prio})"


h = Heap()
for p, n, c in [(3, "backup", 5), (1, "alert", 1), (2, "email", 2), (1, "page", 1), (5, "report", 8), (2, "sync", 3)]:
    h.push(Task(p, n, c))
clock = 0
while h:
    t = h.pop()
    clock += t.cost
    print(f"t={clock:3d} ran {t!r}")
    if t.name == "email" and clock < 10:
        h.push(Task(4, "email-retry", 2))
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
nums = Heap()
for x in [9, 4, 7, 1, 8, 2, 2, 6]:
    nums.push(x)
print([nums.pop() for _ in range(len(nums))])
