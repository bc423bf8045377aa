# expect: wrong_answer
# mistake: keys the rows by str(row), so [3, -0.0] and [3, 0.0] look different
# caught-by: zero and negative zero
import math


def clean_rows(X):
    if any(len(row) != len(X[0]) for row in X):
        raise ValueError("ragged rows")
    seen, kept = set(), []
    for i, row in enumerate(X):
        if any(math.isnan(v) for v in row):
            continue
        key = str(row)
        if key not in seen:
            seen.add(key)
            kept.append(i)
    return kept
