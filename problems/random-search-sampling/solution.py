import math


def _check(spec, kind):
    if any(not math.isfinite(v) for v in spec):
        raise ValueError("non-finite spec")
    if kind == "randint":
        if len(spec) != 2 or spec[0] != int(spec[0]) or spec[1] != int(spec[1]) or spec[1] <= spec[0]:
            raise ValueError("randint needs integers low < high")
    elif kind == "uniform":
        if len(spec) != 2 or spec[1] < 0:
            raise ValueError("uniform needs [loc, scale >= 0]")
    elif kind == "choice":
        if len(spec) == 0:
            raise ValueError("empty choice")
    else:
        raise ValueError(f"unknown kind {kind}")


def sample_search_space(specs, kinds, u):
    if len(specs) != len(kinds):
        raise ValueError("specs and kinds differ in length")
    for spec, kind in zip(specs, kinds):
        _check(spec, kind)
    out = []
    for row in u:
        if len(row) != len(specs) or any(not (0 <= v < 1) for v in row):
            raise ValueError("bad row of uniforms")
        values = []
        for v, spec, kind in zip(row, specs, kinds):
            if kind == "randint":
                values.append(spec[0] + math.floor(v * (spec[1] - spec[0])))
            elif kind == "uniform":
                values.append(spec[0] + v * spec[1])
            else:
                values.append(spec[math.floor(v * len(spec))])
        out.append(values)
    return out
