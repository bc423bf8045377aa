import math


def kfold_assign(y, k, stratified):
    n = len(y)
    if not isinstance(k, int) or k < 2:
        raise ValueError("k must be an integer >= 2")
    if k > n:
        raise ValueError("k cannot exceed the number of samples")
    if any(not math.isfinite(v) for v in y):
        raise ValueError("labels must be finite")
    if stratified:
        seen = {}
        out = []
        for v in y:
            c = seen.get(v, 0)
            out.append(c % k)
            seen[v] = c + 1
        return out
    base, extra = divmod(n, k)
    out = []
    for f in range(k):
        out.extend([f] * (base + (1 if f < extra else 0)))
    return out
