# expect: wrong_answer
# mistake: checks isinstance(v, (int, float)) only, and Python's True is an int, so booleans pass as 1
# caught-by: a boolean feature
import math


def handle_predict(body, mean, scale, w, b):
    d = len(mean)
    if d == 0 or len(scale) != d or len(w) != d or any(s <= 0 for s in scale):
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
    if any(not isinstance(v, (int, float)) for r in rows for v in r):
        return {"error": "NOT_NUMBER"}
    if any(not math.isfinite(v) for r in rows for v in r):
        return {"error": "NON_FINITE"}
    return {"prediction": [b + sum(wj * (x - m) / s for wj, x, m, s in zip(w, r, mean, scale)) for r in rows]}
