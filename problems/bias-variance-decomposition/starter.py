from typing import TypedDict


class BiasVariance(TypedDict):
    bias2: float
    variance: float
    mse: float
    expectedError: float


def bias_variance(preds: list[list[float]], f_true: list[float], noise_var: float) -> BiasVariance:
    """Average bias^2, variance across models (divisor B), MSE = bias^2 + variance, and MSE + noise variance."""
    # TODO
    return {"bias2": 0.0, "variance": 0.0, "mse": 0.0, "expectedError": noise_var}
