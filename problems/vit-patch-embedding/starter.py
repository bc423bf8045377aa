import numpy as np


def vit_patch_embed(img: list[list[list[float]]], patch_size: int, W: list[list[float]], b: list[float], cls: list[float], pos: list[list[float]]) -> list[list[float]]:
    """[CLS] + one token per P×P patch (row-major patches, each flattened channel, row, column),
    embedded as W·patch + b, plus the positional embeddings."""
    # TODO: patchify, flatten, project, prepend cls, add pos
    return [list(r) for r in pos]
