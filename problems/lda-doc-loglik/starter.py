from typing import TypedDict


class LdaResult(TypedDict):
    logLik: float
    topicPosteriors: list[list[float]]


def lda_doc_log_lik(theta: list[float], beta: list[list[float]], words: list[int]) -> LdaResult:
    """sum_n log sum_k theta_k beta[k][w_n], and p(z_n = k | w_n) for every word."""
    # TODO
    return {"logLik": 0.0, "topicPosteriors": [[1 / len(theta)] * len(theta) for _ in words]}
