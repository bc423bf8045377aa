import numpy as np


def init_weights(fan_in, fan_out, kind, draws):
    if not isinstance(fan_in, int) or not isinstance(fan_out, int) or fan_in < 1 or fan_out < 1:
        raise ValueError("fan sizes must be positive integers")
    z = np.asarray(draws, dtype=float)
    if z.size != fan_in * fan_out:
        raise ValueError("wrong number of draws")
    if kind in ("glorot_normal", "glorot_uniform"):
        variance = 2 / (fan_in + fan_out)
    elif kind in ("he_normal", "he_uniform"):
        variance = 2 / fan_in
    else:
        raise ValueError("unknown kind")
    if kind.endswith("_uniform"):
        if ((z < 0) | (z > 1)).any():
            raise ValueError("uniform draws must lie in [0, 1]")
        scale = np.sqrt(3 * variance)                 # U(−a, a) has variance a²/3
        return {"scale": float(scale), "weights": (scale * (2 * z - 1)).reshape(fan_in, fan_out)}
    scale = np.sqrt(variance)
    return {"scale": float(scale), "weights": (scale * z).reshape(fan_in, fan_out)}
