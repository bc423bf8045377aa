# expect: wrong_answer
# mistake: counts each pair once per distinct word, ignoring how often the word occurs
# caught-by: pair counts are weighted by word counts
from collections import Counter


def _merge(symbols, a, b):
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == a and symbols[i + 1] == b:
            out.append(a + b)  # left to right, no overlaps
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


def bpe(words, counts, num_merges, word):
    if len(words) != len(counts) or any(not isinstance(c, int) or c < 0 for c in counts):
        raise ValueError("counts must be integers >= 0, one per word")
    if not isinstance(num_merges, int) or num_merges < 0:
        raise ValueError("num_merges must be an integer >= 0")
    if any(w == "" or any(ch.isspace() for ch in w) for w in list(words) + [word]):
        raise ValueError("words must be non-empty and without whitespace")
    corpus = [list(w) + ["</w>"] for w in words]
    merges = []
    while len(merges) < num_merges:
        freq = Counter()
        for symbols, c in zip(corpus, counts):
            for pair in zip(symbols, symbols[1:]):
                freq[pair] += 1 if c > 0 else 0
        candidates = [(-n, pair) for pair, n in freq.items() if n > 0]
        if not candidates:
            break
        _, (a, b) = min(candidates)  # highest count, then the smallest pair
        merges.append([a, b])
        corpus = [_merge(s, a, b) for s in corpus]
    tokens = list(word) + ["</w>"]
    for a, b in merges:
        tokens = _merge(tokens, a, b)
    return {"merges": merges, "tokens": tokens}
