import math


def psm_att(ps, treatment, y, caliper):
    n = len(ps)
    if n == 0 or len(treatment) != n or len(y) != n:
        raise ValueError("ps, treatment and y need the same, non-zero length")
    if any(t not in (0, 1) for t in treatment):
        raise ValueError("treatment must be 0 or 1")
    if any(not (0 <= p <= 1) for p in ps):
        raise ValueError("propensity scores must lie in [0, 1]")
    if any(not math.isfinite(v) for v in y):
        raise ValueError("outcomes must be finite")
    if not caliper >= 0:
        raise ValueError("caliper must be >= 0")
    controls = [j for j in range(n) if treatment[j] == 0]
    treated = [i for i in range(n) if treatment[i] == 1]
    if not controls or not treated:
        raise ValueError("both treated and control units are needed")
    matches, diffs = [], []
    for i in treated:
        best, best_d = -1, math.inf
        for j in controls:
            d = abs(ps[i] - ps[j])
            if d <= caliper and d < best_d:
                best, best_d = j, d
        matches.append(best)
        if best >= 0:
            diffs.append(y[i] - y[best])
    return {"att": sum(diffs) / len(diffs) if diffs else float("nan"), "matches": matches}
