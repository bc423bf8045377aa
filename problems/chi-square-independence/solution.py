import numpy as np


def chi_square_independence(table):
    if len(table) == 0 or len(table[0]) == 0 or len({len(row) for row in table}) != 1:
        raise ValueError('the table must be a non-empty rectangle')
    O = np.asarray(table, dtype=float)
    if np.any(np.isnan(O)) or np.any(O < 0):
        raise ValueError('counts must be non-negative')
    rows, cols = O.sum(axis=1), O.sum(axis=0)
    total = O.sum()
    if total == 0:
        raise ValueError('the table total is 0')
    kept = np.outer(rows > 0, cols > 0)
    E = np.where(kept, np.outer(rows, cols) / total, 0.0)
    dof = (int((rows > 0).sum()) - 1) * (int((cols > 0).sum()) - 1)
    chi2 = float(np.sum((O[kept] - E[kept]) ** 2 / E[kept])) if dof > 0 else 0.0
    return {"expected": E, "chi2": chi2, "dof": dof, "lowExpected": int(np.any(E[kept] < 5))}
