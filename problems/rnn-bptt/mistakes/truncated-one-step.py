# expect: wrong_answer
# mistake: truncates BPTT to one step: δz_t sees only its own output error, never the gradient carried back from step t+1
# caught-by: non-symmetric recurrent matrix
import numpy as np


def rnn_bptt(xs, targets, h0, Wxh, Whh, bh, Why, by):
    h0, Wxh, Whh, bh, Why, by = (np.asarray(a, dtype=float) for a in (h0, Wxh, Whh, bh, Why, by))
    H, O = h0.size, len(Why)
    D = Wxh.shape[1] if Wxh.ndim == 2 else -1
    if H == 0 or O == 0 or Whh.shape != (H, H) or Wxh.ndim != 2 or Wxh.shape[0] != H or bh.shape != (H,) or Why.shape != (O, H) or by.shape != (O,):
        raise ValueError("inconsistent parameter shapes")
    T = len(xs)
    if len(targets) != T or any(len(x) != D for x in xs) or any(len(t) != O for t in targets):
        raise ValueError("inputs or targets have the wrong shape")
    X = np.asarray(xs, dtype=float).reshape(T, D)
    Y = np.asarray(targets, dtype=float).reshape(T, O)
    hs = [h0]
    errs = []
    for t in range(T):
        hs.append(np.tanh(Wxh @ X[t] + Whh @ hs[-1] + bh))
        errs.append(Why @ hs[-1] + by - Y[t])
    grads = {k: np.zeros_like(v) for k, v in (("dWxh", Wxh), ("dWhh", Whh), ("dbh", bh), ("dWhy", Why), ("dby", by))}
    carry = np.zeros(H)  # Whhᵀ δz_{t+1}
    for t in range(T - 1, -1, -1):
        e, h = errs[t], hs[t + 1]
        grads["dWhy"] += np.outer(e, h)
        grads["dby"] += e
        dz = (Why.T @ e) * (1 - h**2)
        grads["dWxh"] += np.outer(dz, X[t])
        grads["dWhh"] += np.outer(dz, hs[t])
        grads["dbh"] += dz
        carry = Whh.T @ dz
    loss = 0.5 * sum(float(e @ e) for e in errs)
    return {"loss": loss, **grads, "dh0": carry}
