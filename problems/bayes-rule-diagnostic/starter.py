from typing import TypedDict


class Diagnostic(TypedDict):
    posPost: float
    negPost: float
    pPositive: float
    typeI: float
    typeII: float


def bayes_diagnostic(prior: float, sensitivity: float, specificity: float) -> Diagnostic:
    """P(D|+), P(D|-), P(+), the type I and type II error rates of a diagnostic test.

    A posterior whose condition has probability 0 is nan. Raise ValueError if an argument is outside [0, 1].
    Return {"posPost", "negPost", "pPositive", "typeI", "typeII"}.
    """
    # TODO: law of total probability, then Bayes' rule
    return {"posPost": 0.0, "negPost": 0.0, "pPositive": 0.0, "typeI": 0.0, "typeII": 0.0}
