import itertools


def expand_grid(names: list[str], values: list[list[float]]) -> list[list[float]]:
    """Return every combination in ParameterGrid order, each row aligned with `names`."""
    # TODO: sort the keys, vary the last sorted key fastest, write each row back in input order
    return []
