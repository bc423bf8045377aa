def kfold_assign(y: list[float], k: int, stratified: bool) -> list[int]:
    """A fold id in 0..k-1 per sample: contiguous blocks (the first n mod k folds one larger), or, when
    stratified, each class's samples dealt round-robin to folds 0, 1, ... starting at fold 0."""
    # TODO
    return [0 for _ in y]
