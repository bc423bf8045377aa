import itertools


def expand_grid(names, values):
    if len(names) != len(values) or len(set(names)) != len(names):
        raise ValueError("names must be unique and match values")
    keys = sorted(range(len(names)), key=lambda i: names[i])
    rows = []
    for combo in itertools.product(*(values[k] for k in keys)):
        row = [0.0] * len(names)
        for k, v in zip(keys, combo):
            row[k] = v
        rows.append(row)
    return rows
