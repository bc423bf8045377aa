import math


def arima111_forecast(y, phi, theta, c, steps):
    if len(y) < 2 or not all(math.isfinite(v) for v in y):
        raise ValueError("y needs at least two finite values")
    if not all(math.isfinite(v) for v in (phi, theta, c)) or steps < 0:
        raise ValueError("bad parameters")
    w = [b - a for a, b in zip(y, y[1:])]
    eps = [0.0]
    for t in range(1, len(w)):
        eps.append(w[t] - c - phi * w[t - 1] - theta * eps[t - 1])
    forecast, level = [], y[-1]
    w_hat = c + phi * w[-1] + theta * eps[-1]
    for _ in range(steps):
        level += w_hat
        forecast.append(level)
        w_hat = c + phi * w_hat
    return eps, forecast
