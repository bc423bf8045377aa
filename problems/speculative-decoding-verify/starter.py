from typing import TypedDict

import numpy as np


class Verified(TypedDict):
    tokens: list[int]
    numAccepted: int
    logProb: float


def speculative_verify(draft: list[int], target_logits: list[list[float]]) -> Verified:
    """Accept draft tokens while they equal the target's argmax (ties → lower id), then emit the target's
    own token (the correction, or the bonus token); logProb sums the target's log-probabilities of the
    emitted tokens."""
    # TODO: walk the draft against the k + 1 logit rows
    return {"tokens": list(draft), "numAccepted": len(draft), "logProb": 0.0}
