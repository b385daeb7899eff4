# wordcount: dict- and set-heavy counting over deterministically generated text (no files).

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "an", "el"]


def lcg(seed):
    # A small linear congruential generator (CircuitPython has no full random module).
    return (seed * 1103515245 + 12345) & 0x7FFFFFFF


def make_words(n, seed):
    words = []
    for _ in range(n):
        seed = lcg(seed)
        length = 1 + (seed >> 16) % 4
        w = ""
        for _ in range(length):
            seed = lcg(seed)
            w += SYLLABLES[(seed >> 16) % len(SYLLABLES)]
        words.append(w)
    return words, seed


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def bigrams(words):
    pairs = {}
    prev = None
    for w in words:
        if prev is not None:
            key = (prev, w)
            if key in pairs:
                pairs[key] += 1
            else:
                pairs[key] = 1
        prev = w
    return pairs


words, seed = make_words(500000, 12345)
counts = count(words)
pairs = bigrams(words)
first_letters = set()
seen_twice = set()
seen = set()
for w in words:
    first_letters.add(w[0])
    if w in seen:
        seen_twice.add(w)
    else:
        seen.add(w)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
print(len(words), len(counts), len(pairs))
for w, c in top:
    print(w, c)
best_pair = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
print(best_pair)
print("".join(sorted(first_letters)), len(seen_twice), len(seen - seen_twice))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
print(sorted([(k, len(v)) for k, v in by_len.items()]))
inter = set(words[:1000]) & set(words[-1000:])
print(len(inter), len(set(words[:1000]) | set(words[-1000:])), len(set(words[:1000]) ^ set(words[-1000:])))
