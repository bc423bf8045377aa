import math


def ndcg_at_k(scores, relevance, k, gain):
    if not isinstance(k, int) or isinstance(k, bool) or k < 1:
        raise ValueError("k must be a positive integer")
    if gain not in ("linear", "exponential"):
        raise ValueError("unknown gain")
    if len(scores) == 0 or len(scores) != len(relevance):
        raise ValueError("scores and relevance need the same, non-zero number of queries")

    def g(r):
        return r if gain == "linear" else 2.0 ** r - 1.0

    def dcg(rels):
        return sum(g(r) / math.log2(i + 2) for i, r in enumerate(rels[:k]))

    per_query = []
    for s, rel in zip(scores, relevance):
        if len(s) == 0 or len(s) != len(rel):
            raise ValueError("each query needs scores and relevances of the same, non-zero length")
        if any(not math.isfinite(r) or r < 0 for r in rel):
            raise ValueError("relevance must be finite and non-negative")
        order = sorted(range(len(s)), key=lambda i: -s[i])  # sorted() is stable: ties keep input order
        ideal = dcg(sorted(rel, reverse=True))
        per_query.append(0.0 if ideal == 0 else dcg([rel[i] for i in order]) / ideal)
    return {"perQuery": per_query, "mean": sum(per_query) / len(per_query)}
