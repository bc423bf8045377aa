import math


def _is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def handle_predict(body, mean, scale, w, b):
    d = len(mean)
    params = list(mean) + list(scale) + list(w) + [b]
    if d == 0 or len(scale) != d or len(w) != d or not all(math.isfinite(v) for v in params) or any(s <= 0 for s in scale):
        raise ValueError("invalid stored model")
    if not isinstance(body, dict) or "features" not in body:
        return {"error": "MISSING_FEATURES"}
    f = body["features"]
    if not isinstance(f, list):
        return {"error": "BAD_SHAPE"}
    if len(f) == 0:
        return {"error": "EMPTY_BATCH"}
    nested = sum(isinstance(e, list) for e in f)
    if nested not in (0, len(f)):
        return {"error": "BAD_SHAPE"}
    rows = f if nested else [f]
    if any(len(r) != d or any(isinstance(v, list) for v in r) for r in rows):
        return {"error": "BAD_SHAPE"}
    if any(not _is_number(v) for r in rows for v in r):
        return {"error": "NOT_NUMBER"}
    if any(not math.isfinite(v) for r in rows for v in r):
        return {"error": "NON_FINITE"}
    return {"prediction": [b + sum(wj * (x - m) / s for wj, x, m, s in zip(w, r, mean, scale)) for r in rows]}
