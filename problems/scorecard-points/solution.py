import math


def scorecard(probs, scores, pdo, base_odds, base_score):
    if not all(math.isfinite(v) for v in (pdo, base_odds, base_score)) or pdo <= 0 or base_odds <= 0:
        raise ValueError("pdo and base_odds must be finite and > 0, base_score finite")
    factor = pdo / math.log(2)
    offset = base_score - factor * math.log(base_odds)
    out_scores = []
    for p in probs:
        if not (0 <= p <= 1):
            raise ValueError("probabilities must lie in [0, 1]")
        if p == 0:
            out_scores.append(850.0)
        elif p == 1:
            out_scores.append(300.0)
        else:
            out_scores.append(min(850.0, max(300.0, offset + factor * math.log((1 - p) / p))))
    out_probs = []
    for s in scores:
        if not math.isfinite(s):
            raise ValueError("scores must be finite")
        out_probs.append(1 / (1 + math.exp((s - offset) / factor)))
    return {"probToScore": out_scores, "scoreToProb": out_probs}
