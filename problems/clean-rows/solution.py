import math


def clean_rows(X):
    if any(len(row) != len(X[0]) for row in X):
        raise ValueError("ragged rows")
    seen = set()
    kept = []
    for i, row in enumerate(X):
        if any(math.isnan(v) for v in row):
            continue
        key = tuple(row)          # -0.0 == 0.0 and they hash alike
        if key in seen:
            continue
        seen.add(key)
        kept.append(i)
    return kept
