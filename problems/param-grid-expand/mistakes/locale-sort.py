# expect: wrong_answer
# mistake: sorts the keys case-insensitively, while ParameterGrid sorts plain strings ('C' before 'alpha')
# caught-by: upper-case names sort first
import itertools


def expand_grid(names, values):
    if len(names) != len(values) or len(set(names)) != len(names):
        raise ValueError("bad names")
    keys = sorted(range(len(names)), key=lambda i: names[i].lower())
    rows = []
    for combo in itertools.product(*(values[k] for k in keys)):
        row = [0.0] * len(names)
        for k, v in zip(keys, combo):
            row[k] = v
        rows.append(row)
    return rows
