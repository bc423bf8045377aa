import math


def sample_search_space(specs: list[list[float]], kinds: list[str], u: list[list[float]]) -> list[list[float]]:
    """Return one row of parameter values per row of u (randint excludes high; uniform is [loc, loc + scale])."""
    # TODO: map each uniform through its parameter's distribution and validate the specs
    return [[0.0] * len(specs) for _ in u]
