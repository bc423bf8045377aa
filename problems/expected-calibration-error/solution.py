import math


def calibration(y_true, probs, n_bins):
    n = len(y_true)
    if n == 0 or len(probs) != n:
        raise ValueError("y_true and probs need the same, non-zero length")
    if not isinstance(n_bins, int) or n_bins < 1:
        raise ValueError("n_bins must be a positive integer")
    count = [0] * n_bins
    sum_p = [0.0] * n_bins
    sum_y = [0.0] * n_bins
    for y, p in zip(y_true, probs):
        if y not in (0, 1):
            raise ValueError("labels must be 0 or 1")
        if not (0 <= p <= 1):
            raise ValueError("probabilities must lie in [0, 1]")
        b = min(math.floor(p * n_bins), n_bins - 1)
        count[b] += 1
        sum_p[b] += p
        sum_y[b] += y
    conf = [sum_p[b] / count[b] if count[b] else 0.0 for b in range(n_bins)]
    acc = [sum_y[b] / count[b] if count[b] else 0.0 for b in range(n_bins)]
    ece, mce = 0.0, 0.0
    for b in range(n_bins):
        if count[b]:
            gap = abs(acc[b] - conf[b])
            ece += count[b] / n * gap
            mce = max(mce, gap)
    return {"binCount": count, "binConfidence": conf, "binAccuracy": acc, "ece": ece, "mce": mce}
