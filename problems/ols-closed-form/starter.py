import numpy as np


def ols_fit(X: list[list[float]], y: list[float]) -> list[float]:
    """Return θ minimising ‖Xθ − y‖² through a QR factorisation (throw when X is rank-deficient)."""
    # TODO: QR of X, then solve R θ = Qᵀ y
    return [0.0] * (len(X[0]) if X else 0)
