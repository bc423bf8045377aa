def normal_qq(x: list[float]) -> list[list[float]]:
    """[theoretical quantiles Phi^-1(Filliben medians), the sorted sample, [slope, intercept, r]] as scipy's probplot."""
    # TODO
    return [[0.0 for _ in x], sorted(x), [1.0, 0.0, 1.0]]
