# expect: wrong_answer
# mistake: adds θ·ε_{t−1} in the residual recursion instead of subtracting it
# caught-by: random 2
def arima111_forecast(y, phi, theta, c, steps):
    if len(y) < 2 or steps < 0:
        raise ValueError("bad input")
    w = [b - a for a, b in zip(y, y[1:])]
    eps = [0.0]
    for t in range(1, len(w)):
        eps.append(w[t] - c - phi * w[t - 1] + theta * eps[t - 1])
    forecast, level = [], y[-1]
    w_hat = c + phi * w[-1] + theta * eps[-1]
    for _ in range(steps):
        level += w_hat
        forecast.append(level)
        w_hat = c + phi * w_hat
    return eps, forecast
