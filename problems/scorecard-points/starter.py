from typing import TypedDict


class Scorecard(TypedDict):
    probToScore: list[float]
    scoreToProb: list[float]


def scorecard(probs: list[float], scores: list[float], pdo: float, base_odds: float, base_score: float) -> Scorecard:
    """score = clip(offset + factor ln((1 - p)/p), 300, 850) with factor = pdo / ln 2, and p = 1 / (1 + e^((S - offset)/factor))."""
    # TODO
    return {"probToScore": [600.0 for _ in probs], "scoreToProb": [0.5 for _ in scores]}
