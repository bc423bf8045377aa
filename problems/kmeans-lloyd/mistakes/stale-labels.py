# expect: wrong_answer
# mistake: returns the labels of the last assignment step, which lag the final centroids when max_iters is reached
# caught-by: maxIters reached: labels recomputed
import numpy as np


def kmeans(X, init_centroids, max_iters, tol):
    X = np.asarray(X, dtype=float)
    C = np.array(init_centroids, dtype=float)
    labels = ((X[:, None, :] - C[None]) ** 2).sum(axis=2).argmin(axis=1)
    n_iter = 0
    for it in range(max_iters):
        n_iter = it + 1
        labels = ((X[:, None, :] - C[None]) ** 2).sum(axis=2).argmin(axis=1)
        updated = C.copy()
        for c in range(len(C)):
            if np.any(labels == c):
                updated[c] = X[labels == c].mean(axis=0)
        if np.all(np.abs(updated - C) < tol):
            break
        C = updated
    inertia = sum(((X[i] - C[labels[i]]) ** 2).sum() for i in range(len(X)))
    return {"centroids": C, "labels": labels, "inertia": float(inertia), "nIter": n_iter}
