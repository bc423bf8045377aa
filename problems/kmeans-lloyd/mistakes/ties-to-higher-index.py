# expect: wrong_answer
# mistake: uses <= when scanning centroids, so ties go to the higher index
# caught-by: point equidistant from two centroids goes to the lower index
import numpy as np


def nearest(x, C):
    best, best_d = 0, np.inf
    for c, centre in enumerate(C):
        d = float(((x - centre) ** 2).sum())
        if d <= best_d:
            best, best_d = c, d
    return best, best_d


def kmeans(X, init_centroids, max_iters, tol):
    X = np.asarray(X, dtype=float)
    C = np.array(init_centroids, dtype=float)
    n_iter = 0
    for it in range(max_iters):
        n_iter = it + 1
        labels = np.array([nearest(x, C)[0] for x in X])
        updated = C.copy()
        for c in range(len(C)):
            if np.any(labels == c):
                updated[c] = X[labels == c].mean(axis=0)
        if np.all(np.abs(updated - C) < tol):
            break
        C = updated
    assigned = [nearest(x, C) for x in X]
    return {"centroids": C, "labels": [a[0] for a in assigned], "inertia": sum(a[1] for a in assigned), "nIter": n_iter}
