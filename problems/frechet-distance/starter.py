def fid(feat_real: list[list[float]], feat_gen: list[list[float]]) -> float:
    """Fréchet distance between Gaussians fitted (mean, sample covariance) to the two feature sets."""
    # TODO
    return 0.0
