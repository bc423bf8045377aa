import numpy as np


def sigmoid(x):
    # stable on both sides: never exponentiate a large positive number
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e))


def activation(z, kind, param):
    if kind == 'leaky_relu' and not (0 <= param < 1):
        raise ValueError('alpha must be in [0, 1)')
    if kind == 'elu' and not (param >= 0):
        raise ValueError('alpha must be >= 0')
    x = np.asarray(z, dtype=float)
    with np.errstate(over='ignore', invalid='ignore'):
        if kind == 'relu':
            value, grad = np.where(x > 0, x, 0.0), np.where(x > 0, 1.0, 0.0)
        elif kind == 'leaky_relu':
            value, grad = np.where(x > 0, x, param * x), np.where(x > 0, 1.0, param)
        elif kind == 'elu':
            value = np.where(x > 0, x, param * np.expm1(np.minimum(x, 0)))
            grad = np.where(x > 0, 1.0, param * np.exp(np.minimum(x, 0)))
        elif kind == 'sigmoid':
            value = sigmoid(x)
            grad = value * (1 - value)
        elif kind == 'tanh':
            value = np.tanh(x)
            grad = 1 - value * value
        elif kind == 'swish':
            s = sigmoid(param * x)
            value = x * s
            grad = s * (1 + param * x * (1 - s))
        else:
            raise ValueError('unknown kind ' + str(kind))
    nan = np.isnan(x)
    return {"value": np.where(nan, np.nan, value), "grad": np.where(nan, np.nan, grad)}
