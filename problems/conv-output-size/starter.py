from typing import Literal, TypedDict


class Layer(TypedDict):
    kind: Literal["conv", "pool", "convT"]
    kernel: int
    stride: int
    padding: int
    dilation: int
    outChannels: int


class StackShape(TypedDict):
    shapes: list[list[int]]
    flatten: int


def conv_stack_shape(in_shape: list[int], layers: list[Layer]) -> StackShape:
    """The [C, H, W] shape after every layer and the flattened size C·H·W at the end."""
    # TODO: apply the conv/pool or transposed-conv size formula layer by layer
    C, H, W = in_shape
    return {"shapes": [list(in_shape) for _ in layers], "flatten": C * H * W}
