import math


def diff_in_diff(y, treated, post):
    n = len(y)
    if n == 0 or len(treated) != n or len(post) != n:
        raise ValueError("y, treated and post need the same, non-zero length")
    if any(not math.isfinite(v) for v in y):
        raise ValueError("outcomes must be finite")
    sums = [[0.0, 0.0], [0.0, 0.0]]
    counts = [[0, 0], [0, 0]]
    for v, t, p in zip(y, treated, post):
        if t not in (0, 1) or p not in (0, 1):
            raise ValueError("treated and post must be 0 or 1")
        sums[t][p] += v
        counts[t][p] += 1
    if any(c == 0 for row in counts for c in row):
        raise ValueError("every group-period cell needs an observation")
    c_pre, c_post = sums[0][0] / counts[0][0], sums[0][1] / counts[0][1]
    t_pre, t_post = sums[1][0] / counts[1][0], sums[1][1] / counts[1][1]
    did = (t_post - t_pre) - (c_post - c_pre)
    return {"did": did, "beta": [c_pre, t_pre - c_pre, c_post - c_pre, did]}
