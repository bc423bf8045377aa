import math


def _iou(a, b):
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def _check(row, width):
    if len(row) != width or any(not math.isfinite(v) for v in row):
        raise ValueError("a row has the wrong length or a non-finite value")
    if not float(row[0]).is_integer():
        raise ValueError("image ids must be integers")
    if row[3] < row[1] or row[4] < row[2]:
        raise ValueError("a box has x2 < x1 or y2 < y1")


def detection_ap(dets, gts, iou_thr):
    if not (0 < iou_thr <= 1):
        raise ValueError("iou_thr must lie in (0, 1]")
    for d in dets:
        _check(d, 6)
    for g in gts:
        _check(g, 5)
    order = sorted(range(len(dets)), key=lambda i: -dets[i][5])
    matched = [False] * len(gts)
    tp = []
    for i in order:
        d = dets[i]
        best, best_iou = -1, -1.0
        for j, g in enumerate(gts):
            if matched[j] or g[0] != d[0]:
                continue
            v = _iou(d[1:5], g[1:5])
            if v > best_iou:
                best, best_iou = j, v
        if best >= 0 and best_iou >= iou_thr:
            matched[best] = True
            tp.append(1)
        else:
            tp.append(0)
    if not gts:
        return {"ap": float("nan"), "tp": tp}
    ap, hits = 0.0, 0
    for n, t in enumerate(tp, start=1):
        if t:
            hits += 1
            ap += (hits / n) / len(gts)
    return {"ap": ap, "tp": tp}
