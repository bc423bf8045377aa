# expect: wrong_answer
# mistake: counts the class term once per responsible box instead of once per cell
# caught-by: two boxes per cell, both responsible
import numpy as np


def yolo_loss(pred_boxes, pred_class, target_boxes, target_class, obj_mask, cell_obj, lambda_coord, lambda_noobj):
    P, T = np.asarray(pred_boxes, dtype=float), np.asarray(target_boxes, dtype=float)
    Pc, Tc = np.asarray(pred_class, dtype=float), np.asarray(target_class, dtype=float)
    obj, cell = np.asarray(obj_mask, dtype=float), np.asarray(cell_obj, dtype=float)
    if P.ndim != 2 or P.shape[1:] != (5,) or T.shape != P.shape or Pc.ndim != 2 or Pc.size == 0 or Tc.shape != Pc.shape:
        raise ValueError("boxes must be rows of [x, y, w, h, C], classes an S²×C matrix")
    if len(P) % len(Pc) != 0 or obj.shape != (len(P),) or cell.shape != (len(Pc),):
        raise ValueError("need B boxes per cell and one mask entry per box and per cell")
    if not np.all(np.isin(obj, (0, 1))) or not np.all(np.isin(cell, (0, 1))) or np.any(P[:, 2:4] < 0) or np.any(T[:, 2:4] < 0):
        raise ValueError("masks must be 0/1 and sizes non-negative")
    if lambda_coord < 0 or lambda_noobj < 0:
        raise ValueError("weights must be non-negative")
    xy = np.sum((P[:, :2] - T[:, :2]) ** 2, axis=1)
    wh = np.sum((np.sqrt(P[:, 2:4]) - np.sqrt(T[:, 2:4])) ** 2, axis=1)
    conf = (P[:, 4] - T[:, 4]) ** 2
    cls = np.sum((Pc - Tc) ** 2, axis=1)
    return float(lambda_coord * np.sum(obj * (xy + wh)) + np.sum(obj * conf) + lambda_noobj * np.sum((1 - obj) * conf) + np.sum(obj * np.repeat(cls, len(P) // len(Pc))))
