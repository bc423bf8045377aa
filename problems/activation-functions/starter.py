from typing import Literal, TypedDict

import numpy as np


class Activation(TypedDict):
    value: list[float]
    grad: list[float]


def activation(z: list[float], kind: Literal['relu', 'leaky_relu', 'elu', 'sigmoid', 'tanh', 'swish'], param: float) -> Activation:
    """The activation `kind` and its derivative at every entry of z (param: alpha of leaky_relu/elu, beta of swish).

    Return {"value": [...], "grad": [...]}. Raise ValueError for an unknown kind or an invalid param.
    """
    # TODO: compute value and grad for each kind
    return {"value": list(z), "grad": [0.0] * len(z)}
