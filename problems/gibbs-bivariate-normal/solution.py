import math


def gibbs_bivariate_normal(rho, x0, y0, normals):
    if not -1 < rho < 1:
        raise ValueError("rho must lie strictly between -1 and 1")
    if not (math.isfinite(x0) and math.isfinite(y0)) or any(not math.isfinite(e) for e in normals):
        raise ValueError("the start and the draws must be finite")
    if len(normals) % 2:
        raise ValueError("each sweep uses two draws")
    s = math.sqrt(1 - rho * rho)
    x, y = x0, y0
    chain = []
    for i in range(0, len(normals), 2):
        x = rho * y + s * normals[i]
        y = rho * x + s * normals[i + 1]
        chain.append([x, y])
    return chain
