import math


def targeting_roi(uplift_scores, treatment_cost, conversion_value, percentile):
    n = len(uplift_scores)
    if n == 0:
        raise ValueError("no uplift scores")
    if any(not math.isfinite(s) for s in uplift_scores):
        raise ValueError("uplift scores must be finite")
    if not (0 <= percentile <= 1):
        raise ValueError("percentile must lie in [0, 1]")
    if not (math.isfinite(treatment_cost) and math.isfinite(conversion_value)) or treatment_cost < 0 or conversion_value < 0:
        raise ValueError("cost and value must be finite and >= 0")
    s = sorted(uplift_scores)
    h = (n - 1) * (1 - percentile)
    lo = math.floor(h)
    threshold = s[lo] + (h - lo) * (s[lo + 1] - s[lo]) if lo + 1 < n else s[n - 1]
    targeted = [u for u in uplift_scores if u >= threshold]
    conversions = sum(targeted)
    cost = len(targeted) * treatment_cost
    roi = (conversions * conversion_value - cost) / cost if cost > 0 else 0.0
    return {"roi": roi, "nTargeted": len(targeted), "incrementalConversions": conversions}
