import math
from typing import TypedDict


class Encoded(TypedDict):
    classes: list[float]
    codes: list[int]


def label_encode(train: list[float], apply: list[float]) -> Encoded:
    """The sorted distinct labels of train, and the code of every label in apply."""
    if not train:
        raise ValueError('train must not be empty')
    if any(not math.isfinite(v) for v in [*train, *apply]):
        raise ValueError('labels must be finite numbers')
    classes = sorted({v + 0.0 for v in train})  # -0.0 + 0.0 == 0.0, and 0 == -0 in a set anyway
    code = {c: i for i, c in enumerate(classes)}
    codes = []
    for v in apply:
        if v not in code:
            raise ValueError(f'label {v} was not seen in train')
        codes.append(code[v])
    return {'classes': classes, 'codes': codes}
