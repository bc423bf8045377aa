from typing import TypedDict


class DetectionAp(TypedDict):
    ap: float
    tp: list[int]


def detection_ap(dets: list[list[float]], gts: list[list[float]], iou_thr: float) -> DetectionAp:
    """Greedy matching of score-sorted detections to free ground-truth boxes of the same image (IoU >= iou_thr),
    the true-positive flags in sorted order, and AP = sum (R_n - R_{n-1}) P_n (NaN without ground truth)."""
    # TODO: sort by score (ties keep input order), match, then the step-wise AP
    return {"ap": 0.0, "tp": [0 for _ in dets]}
