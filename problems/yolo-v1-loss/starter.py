import numpy as np


def yolo_loss(
    pred_boxes: list[list[float]], pred_class: list[list[float]], target_boxes: list[list[float]], target_class: list[list[float]],
    obj_mask: list[int], cell_obj: list[int], lambda_coord: float, lambda_noobj: float,
) -> float:
    """The YOLOv1 sum-squared loss; box rows are [x, y, w, h, C], cell-major (row i·B + j is box j of cell i)."""
    # TODO: coordinates, square-rooted sizes, confidences with and without objects, and the per-cell class term
    return 0.0
