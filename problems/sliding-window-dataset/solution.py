def make_windows(series, L, horizon):
    if not isinstance(L, int) or L < 1 or not isinstance(horizon, int) or horizon < 1:
        raise ValueError("L and horizon must be integers >= 1")
    count = max(0, len(series) - L - horizon + 1)
    return {"X": [list(series[i:i + L]) for i in range(count)], "y": [series[i + L - 1 + horizon] for i in range(count)]}
