import numpy as np


def augment(img: list[list[list[float]]], flip: bool, pad: int, top: int, left: int, size: int,
            mean: list[float], std: list[float]) -> list[list[list[float]]]:
    """Return the C×size×size crop of the flipped, zero-padded image, normalized per channel."""
    # TODO: flip, pad, crop, normalize (in that order)
    return [[[0.0] * size for _ in range(size)] for _ in img]
