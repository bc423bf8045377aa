from typing import TypedDict


class ReceptiveField(TypedDict):
    outSize: list[int]
    rf: list[int]
    jump: list[int]


def receptive_field(layers: list[list[int]], input_size: int) -> ReceptiveField:
    """Per [kernel, stride, padding] layer: output size, receptive field r += (k − 1)·j_prev, jump j *= s."""
    # TODO: the three recurrences
    return {"outSize": [], "rf": [], "jump": []}
