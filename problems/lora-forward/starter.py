from typing import TypedDict

import numpy as np


class Lora(TypedDict):
    y: list[list[float]]
    loraParams: int
    fullParams: int


def lora_forward(x: list[list[float]], W: list[list[float]], A: list[list[float]], B: list[list[float]], alpha: float) -> Lora:
    """y = xW + (α/r)·(xA)B without forming W + AB; loraParams = r(d + k), fullParams = d·k."""
    # TODO: go through the rank-r bottleneck
    return {"y": [[0.0] * len(W[0]) for _ in x], "loraParams": 0, "fullParams": 0}
