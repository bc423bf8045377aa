import numpy as np


def assign(X, centroids):
    # squared distances n×k; argmin returns the first (lowest) index on ties
    d = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    labels = d.argmin(axis=1)
    return labels, d[np.arange(len(X)), labels]


def kmeans(X, init_centroids, max_iters, tol):
    X = np.asarray(X, dtype=float)
    centroids = np.array(init_centroids, dtype=float)
    n_iter = 0
    for it in range(max_iters):
        n_iter = it + 1
        labels, _ = assign(X, centroids)
        updated = centroids.copy()
        for c in range(len(centroids)):
            members = X[labels == c]
            if len(members) > 0:
                updated[c] = members.mean(axis=0)
        if np.all(np.abs(updated - centroids) < tol):
            break
        centroids = updated
    labels, dist = assign(X, centroids)
    return {"centroids": centroids, "labels": labels, "inertia": float(dist.sum()), "nIter": n_iter}
