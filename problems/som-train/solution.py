import numpy as np


def som_train(W0: list[list[float]], rows: int, cols: int, inputs: list[list[float]], eta0: float, sigma0: float, tau: float):
    if rows < 1 or cols < 1 or len(W0) != rows * cols:
        raise ValueError("W0 must hold rows × cols neurons")
    d = len(W0[0])
    if d == 0 or any(len(v) != d for v in list(W0) + list(inputs)):
        raise ValueError("neurons and inputs must have one length >= 1")
    W = np.array(W0, dtype=float)
    if not np.all(np.isfinite(W)) or not all(np.isfinite(v).all() for v in np.asarray(inputs, dtype=float).reshape(len(inputs), d)):
        raise ValueError("values must be finite")
    if not (eta0 > 0 and sigma0 > 0 and tau > 0) or not np.isfinite(eta0 + sigma0 + tau):
        raise ValueError("eta0, sigma0 and tau must be positive")
    grid = np.array([(j // cols, j % cols) for j in range(rows * cols)], dtype=float)
    bmus = []
    for t, x in enumerate(np.asarray(inputs, dtype=float).reshape(len(inputs), d)):
        b = int(((W - x) ** 2).sum(1).argmin())           # lowest index on ties
        bmus.append(b)
        decay = np.exp(-t / tau)
        eta, sigma = eta0 * decay, sigma0 * decay
        h = np.exp(-((grid - grid[b]) ** 2).sum(1) / (2 * sigma ** 2))   # distance on the grid, not in input space
        W += eta * h[:, None] * (x - W)
    return {"weights": W, "bmus": bmus}
