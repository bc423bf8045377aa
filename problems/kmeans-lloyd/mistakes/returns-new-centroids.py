# expect: wrong_answer
# mistake: on convergence returns the freshly updated centroids instead of keeping the old ones
# caught-by: large tol stops early and keeps the old centroids
import numpy as np


def kmeans(X, init_centroids, max_iters, tol):
    X = np.asarray(X, dtype=float)
    C = np.array(init_centroids, dtype=float)
    n_iter = 0
    for it in range(max_iters):
        n_iter = it + 1
        labels = ((X[:, None, :] - C[None]) ** 2).sum(axis=2).argmin(axis=1)
        updated = C.copy()
        for c in range(len(C)):
            if np.any(labels == c):
                updated[c] = X[labels == c].mean(axis=0)
        converged = np.all(np.abs(updated - C) < tol)
        C = updated
        if converged:
            break
    d = ((X[:, None, :] - C[None]) ** 2).sum(axis=2)
    return {"centroids": C, "labels": d.argmin(axis=1), "inertia": float(d.min(axis=1).sum()), "nIter": n_iter}
