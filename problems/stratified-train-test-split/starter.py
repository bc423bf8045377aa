import math


def stratified_split(y: list[int], order: list[int], test_frac: float) -> tuple[list[int], list[int]]:
    """Return (train indices, test indices), each sorted, for a stratified split following the given order."""
    # TODO: test size, largest-remainder quotas, then walk `order`
    return list(range(len(y))), []
