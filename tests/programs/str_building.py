# Building strings incrementally and comparing.
parts = []
for i in range(5):
    parts.append(str(i * i))
print(",".join(parts))
acc = ""
for w in ["alpha", "beta", "gamma"]:
    acc += w[0].upper() + w[1:] + " "
print(repr(acc.strip()))
s = "mississippi"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(len(s.split("ss")) - 1)
print(s.replace("ss", "SS").split("i"))
rev = ""
for ch in s:
    rev = ch + rev
print(rev, rev == s[::-1])
print("abc" == "abc", s is not None, "a" < "b" < "c")
line = "name=value; other = thing ;last=1"
pairs = {}
for item in line.split(";"):
    k, v = item.split("=")
    pairs[k.strip()] = v.strip()
print(pairs)
