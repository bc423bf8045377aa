# expect: wrong_answer
# mistake: picks the choice index with round() instead of floor(), favouring the middle values and overflowing at the end
# caught-by: random 2
import math


def sample_search_space(specs, kinds, u):
    if len(specs) != len(kinds):
        raise ValueError("length mismatch")
    out = []
    for row in u:
        if len(row) != len(specs) or any(not (0 <= v < 1) for v in row):
            raise ValueError("bad row")
        values = []
        for v, s, kind in zip(row, specs, kinds):
            if kind == "randint":
                values.append(s[0] + math.floor(v * (s[1] - s[0])))
            elif kind == "uniform":
                values.append(s[0] + v * s[1])
            else:
                values.append(s[min(round(v * (len(s) - 1)), len(s) - 1)])
        out.append(values)
    return out
