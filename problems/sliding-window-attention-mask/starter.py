def longformer_mask(n: int, w: int, global_idx: list[int]) -> list[list[int]]:
    """M[i][j] = 1 iff |i − j| ≤ w, or i or j is a global token."""
    # TODO: the band plus the global rows and columns
    return [[0] * n for _ in range(n)]
