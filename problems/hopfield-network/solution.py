import numpy as np


def hopfield(patterns, probe, order, sweeps):
    P = np.asarray(patterns, dtype=float)
    s = np.array(probe, dtype=float)
    N = s.size
    if s.ndim != 1 or N == 0 or P.ndim != 2 or len(P) == 0 or P.shape[1] != N:
        raise ValueError("patterns must be non-empty rows as long as the probe")
    if not (np.all(np.abs(P) == 1) and np.all(np.abs(s) == 1)):
        raise ValueError("states must be +1 or -1")
    if sorted(order) != list(range(N)) or sweeps < 0:
        raise ValueError("order must be a permutation of 0..N-1 and sweeps >= 0")
    W = P.T @ P / N
    np.fill_diagonal(W, 0.0)
    energies = []
    for _ in range(sweeps):
        for i in order:                 # asynchronous: each update sees the ones before it
            h = W[i] @ s
            if h != 0:
                s[i] = 1.0 if h > 0 else -1.0
        energies.append(-0.5 * s @ W @ s)
    return {"weights": W, "state": s.astype(int), "energies": energies}
