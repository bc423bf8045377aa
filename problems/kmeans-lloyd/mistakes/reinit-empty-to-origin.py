# expect: wrong_answer
# mistake: takes X[labels == c].mean(axis=0) for every cluster, so an empty cluster's centroid becomes NaN instead of staying put
# caught-by: empty cluster keeps its centroid
import numpy as np


def kmeans(X, init_centroids, max_iters, tol):
    X = np.asarray(X, dtype=float)
    C = np.array(init_centroids, dtype=float)
    n_iter = 0
    for it in range(max_iters):
        n_iter = it + 1
        labels = ((X[:, None, :] - C[None]) ** 2).sum(axis=2).argmin(axis=1)
        updated = np.array([X[labels == c].mean(axis=0) for c in range(len(C))])
        if np.all(np.abs(updated - C) < tol):
            break
        C = updated
    d = ((X[:, None, :] - C[None]) ** 2).sum(axis=2)
    labels = d.argmin(axis=1)
    return {"centroids": C, "labels": labels, "inertia": float(d.min(axis=1).sum()), "nIter": n_iter}
