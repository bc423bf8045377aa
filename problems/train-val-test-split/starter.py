def train_val_test_split(n: int, perm: list[int], train_frac: float, val_frac: float) -> list[list[int]]:
    """[train, validation, test] as consecutive slices of perm with floor(frac * n + 1e-9) sizes; the rest is test."""
    # TODO
    return [[], [], list(perm)]
