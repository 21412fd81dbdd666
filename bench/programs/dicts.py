# List/dict-heavy workload: generate a pseudo-random text (an LCG, so every
# interpreter sees the same words), count words, group them into a dict of
# lists, invert and merge dicts, and sort the results.

WORDS = 700000  # bench-quick: 3000

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "an",
             "el", "ix", "om", "ul", "yr", "qu"]


def make_words(count):
    state = 12345
    words = []
    for i in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        s = state >> 12
        nsyl = 1 + s % 3
        s = s // 3
        parts = []
        for k in range(nsyl):
            parts.append(SYLLABLES[s % 16])
            s = s // 16
        words.append("".join(parts))
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_length(words):
    groups = {}
    for w in words:
        key = len(w)
        if key in groups:
            groups[key].append(w)
        else:
            groups[key] = [w]
    return groups


def group_by_first(counts):
    index = {}
    for w, c in counts.items():
        first = w[0]
        bucket = index.setdefault(first, [])
        bucket.append((c, w))
    return index


def by_count(pair):
    return pair[1]


def bigrams(words):
    pairs = {}
    prev = words[0]
    for w in words[1:]:
        key = (prev, w)
        pairs[key] = pairs.get(key, 0) + 1
        prev = w
    return pairs


words = make_words(WORDS)
counts = count_words(words)
groups = group_by_length(words)
index = group_by_first(counts)
pairs = bigrams(words)

top = sorted(counts.items(), key=by_count, reverse=True)[:5]
sizes = sorted([(k, len(v)) for k, v in groups.items()])
letters = {}
for first, bucket in index.items():
    bucket.sort(reverse=True)
    letters[first] = [w for c, w in bucket[:3]]
merged = {}
for (a, b), c in pairs.items():
    merged[a] = merged.get(a, 0) + c
check = 0
for w, c in counts.items():
    check = (check * 31 + c * len(w) + merged.get(w, 0)) % 1000000007
print("distinct", len(counts), "pairs", len(pairs))
print("top", top)
print("sizes", sizes)
print("letters", sorted(letters.items())[:4])
print("check", check)
