from typing import TypedDict


class Votes(TypedDict):
    votes: list[list[int]]
    hard: list[int]
    avgProba: list[list[float]]
    soft: list[int]


def ensemble_vote(probas: list[list[list[float]]]) -> Votes:
    """Hard voting (each estimator votes its argmax; majority wins) and soft voting (argmax of the averaged
    probabilities); every argmax breaks ties toward the lower class."""
    # TODO: count the votes and average the probability rows
    return {"votes": [], "hard": [], "avgProba": [], "soft": []}
