def mean_average_precision(relevance, total_relevant, k):
    if not isinstance(k, int) or k < 1:
        raise ValueError("k must be a positive integer")
    if len(relevance) == 0 or len(relevance) != len(total_relevant):
        raise ValueError("relevance and total_relevant need the same, non-zero number of queries")
    ap = []
    for rel, total in zip(relevance, total_relevant):
        if not isinstance(total, int) or total < 0:
            raise ValueError("total_relevant must hold non-negative integers")
        if any(r not in (0, 1) for r in rel):
            raise ValueError("relevance must be 0 or 1")
        if sum(rel) > total:
            raise ValueError("a list holds more relevant items than total_relevant says exist")
        if total == 0:
            ap.append(0.0)
            continue
        hits, acc = 0, 0.0
        for i, r in enumerate(rel[:k], start=1):
            if r == 1:
                hits += 1
                acc += hits / i
        ap.append(acc / total)
    return {"ap": ap, "map": sum(ap) / len(ap)}
