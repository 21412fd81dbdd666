# Aliasing, in-place operators and del on lists.
a = [1, 2, 3]
b = a
a += [4]
print(b)
a *= 2
print(b, len(a))
c = a[:]
c[0] = "changed"
print(a[0], c[0])
del c[1:3]
print(c)
del c[:]
print(c, a is b)
grid = [[0] * 3 for _ in range(2)]
for i in range(2):
    for j in range(3):
        grid[i][j] += i + j
print(grid)
stack = []
for ch in "(a(b)c)":
    if ch == "(":
        stack.append(len(stack))
    elif ch == ")":
        stack.pop()
print("balanced" if not stack else "unbalanced")
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    if item < 3:
        queue.append(item + 10)
    print(item, queue)
lst = [5, 3, 5, 1]
while 5 in lst:
    lst.remove(5)
print(lst)
nums = list(range(10))
nums[::2] = [0] * 5
print(nums)
try:
    nums[::2] = [1]
except ValueError as e:
    print("ValueError", e)
