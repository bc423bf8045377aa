import numpy as np


def attention_backward(Q, K, V, d_out, causal):
    Q, K, V, dO = (np.asarray(a, dtype=float) for a in (Q, K, V, d_out))
    if Q.ndim != 2 or K.ndim != 2 or V.ndim != 2 or Q.shape[0] == 0 or K.shape[0] == 0 or Q.shape[1] != K.shape[1]:
        raise ValueError("Q and K need rows of the same width")
    n, d = Q.shape
    m = K.shape[0]
    if V.shape[0] != m or dO.shape != (n, V.shape[1]):
        raise ValueError("V must have one row per key and dOut must be n×d_v")
    if causal and n != m:
        raise ValueError("a causal mask needs n = m")
    S = Q @ K.T / np.sqrt(d)
    if causal:
        S = np.where(np.tril(np.ones((n, m), dtype=bool)), S, -np.inf)
    A = np.exp(S - S.max(axis=1, keepdims=True))
    A /= A.sum(axis=1, keepdims=True)
    dA = dO @ V.T
    dS = A * (dA - (A * dA).sum(axis=1, keepdims=True))  # the softmax Jacobian applied row by row
    return {"dQ": dS @ K / np.sqrt(d), "dK": dS.T @ Q / np.sqrt(d), "dV": A.T @ dO}
