def arima111_forecast(y: list[float], phi: float, theta: float, c: float, steps: int) -> tuple[list[float], list[float]]:
    """Return (residuals of the differenced series with ε₁ = 0, the level forecast for `steps` steps)."""
    # TODO: difference, residual recursion, forecast of the differences, integration back to levels
    return [0.0] * (len(y) - 1), [y[-1]] * steps
