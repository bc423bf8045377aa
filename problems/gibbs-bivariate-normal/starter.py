def gibbs_bivariate_normal(rho: float, x0: float, y0: float, normals: list[float]) -> list[list[float]]:
    """One row [x, y] per sweep: x from N(rho y, 1 - rho^2), then y from N(rho x_new, 1 - rho^2), using the draws in order."""
    # TODO
    return []
