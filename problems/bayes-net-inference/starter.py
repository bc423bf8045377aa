from typing import TypedDict


class BayesNetResult(TypedDict):
    posterior: float
    pEvidence: float


def bayes_net_query(parents: list[list[int]], cpt: list[list[float]], query: int, evidence: list[int]) -> BayesNetResult:
    """P(query = 1 | evidence) and P(evidence) by summing the joint over the unobserved nodes (NaN posterior if P(e) = 0)."""
    # TODO
    return {"posterior": 0.5, "pEvidence": 1.0}
