from typing import TypedDict


class NaiveBayes(TypedDict):
    classes: list[float]
    logProba: list[list[float]]
    predictions: list[float]


def multinomial_nb(Xtrain: list[list[float]], ytrain: list[float], Xtest: list[list[float]], alpha: float) -> NaiveBayes:
    """Priors, θ_cj = (N_cj + α) / (N_c + α·V), log-space scores normalised with log-sum-exp, argmax predictions."""
    # TODO
    return {"classes": sorted(set(ytrain)), "logProba": [[0.0] for _ in Xtest], "predictions": [0.0] * len(Xtest)}
