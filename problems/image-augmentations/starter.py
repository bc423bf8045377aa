import numpy as np


def augment(img: list[list[list[float]]], flip: bool, crop: list[int] | None, pad: int, brightness: float,
            contrast: float, noise: list[list[list[float]]] | None) -> list[list[list[float]]]:
    """Return the H'×W'×C image after flip, crop, pad, brightness, per-channel contrast, noise and clipping."""
    # TODO: apply the seven steps in order
    return img
