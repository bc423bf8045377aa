from typing import TypedDict


class Windows(TypedDict):
    X: list[list[float]]
    y: list[float]


def make_windows(series: list[float], L: int, horizon: int) -> Windows:
    """Window i is series[i : i + L]; its target is series[i + L − 1 + horizon]."""
    # TODO: slide the window while its target stays inside the series
    return {"X": [], "y": []}
