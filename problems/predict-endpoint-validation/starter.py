import math


def handle_predict(body: object, mean: list[float], scale: list[float], w: list[float], b: float) -> dict:
    """Return {"prediction": [...]} for a valid body, or {"error": CODE} for the first rule it breaks."""
    # TODO: MISSING_FEATURES, BAD_SHAPE, EMPTY_BATCH, NOT_NUMBER, NON_FINITE, then standardise and predict
    return {"error": "MISSING_FEATURES"}
