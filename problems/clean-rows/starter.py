import math


def clean_rows(X: list[list[float]]) -> list[int]:
    """Return the indices of the rows kept after dropna() and then drop_duplicates(keep="first")."""
    # TODO: skip rows with NaN, then rows equal to an earlier kept row
    return list(range(len(X)))
