# Indexing and slicing strings.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:3], s[5:2], repr(s[5:5]))
print(s[1:9:3], s[::-3])
try:
    print(s[10])
except IndexError as e:
    print("IndexError", e)
i = 0
out = ""
while i < len(s):
    out = out + s[i].upper()
    i += 2
print(out)
for ch in "xyz":
    print(ch, end=" ")
print()
print(list("hey"), tuple("ab"))
