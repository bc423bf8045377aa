import numpy as np


def residual_block(x: list[list[list[float]]], conv1_w: list[list[list[list[float]]]], conv1_b: list[float], bn1: list[list[float]], conv2_w: list[list[list[list[float]]]], conv2_b: list[float], bn2: list[list[float]], shortcut_w: list[list[list[list[float]]]] | None, shortcut_b: list[float] | None, bn_s: list[list[float]] | None, stride: int, eps: float) -> list[list[list[float]]]:
    """ReLU(BN2(conv2(ReLU(BN1(conv1(x))))) + shortcut(x)) in eval mode; bn = [gamma, beta, mean, var]."""
    # TODO: conv 3×3 (stride, pad 1) → BN → ReLU → conv 3×3 (pad 1) → BN, add the shortcut, ReLU
    return [[[0.0 for _ in row] for row in ch] for ch in x]
