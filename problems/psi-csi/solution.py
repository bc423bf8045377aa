import numpy as np


def stability_index(expected, actual, n_bins):
    if not isinstance(n_bins, int) or n_bins < 2:
        raise ValueError("n_bins must be an integer >= 2")
    if len(expected) == 0 or len(actual) == 0:
        raise ValueError("both samples need rows")
    d = len(expected[0])
    if d == 0 or any(len(r) != d for r in list(expected) + list(actual)):
        raise ValueError("samples must have the same positive number of columns")
    E, A = np.asarray(expected, dtype=float), np.asarray(actual, dtype=float)
    if not (np.all(np.isfinite(E)) and np.all(np.isfinite(A))):
        raise ValueError("values must be finite")
    psi = []
    for j in range(d):
        base = np.sort(E[:, j])
        n = len(base)
        edges = []
        for q in range(1, n_bins):
            h = (n - 1) * q / n_bins
            lo = int(np.floor(h))
            e = base[lo] + (h - lo) * (base[lo + 1] - base[lo]) if lo + 1 < n else base[-1]
            if not edges or edges[-1] != e:
                edges.append(e)
        edges = np.array(edges)
        # side='left': a value equal to an edge belongs to the bin that edge closes
        e_prop = np.bincount(np.searchsorted(edges, base, side="left"), minlength=len(edges) + 1) / n
        a_prop = np.bincount(np.searchsorted(edges, A[:, j], side="left"), minlength=len(edges) + 1) / len(A)
        e_prop, a_prop = np.maximum(e_prop, 1e-4), np.maximum(a_prop, 1e-4)
        psi.append(float(np.sum((a_prop - e_prop) * np.log(a_prop / e_prop))))
    return {"psi": psi, "alert": [2 if v > 0.2 else 1 if v > 0.1 else 0 for v in psi]}
