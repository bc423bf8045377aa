import numpy as np


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def gru_session_scores(items, E, W_ih, W_hh, b_ih, b_hh, W_out, b_out, k):
    E = np.asarray(E, dtype=float)
    W_ih, W_hh = np.asarray(W_ih, dtype=float), np.asarray(W_hh, dtype=float)
    b_ih, b_hh = np.asarray(b_ih, dtype=float), np.asarray(b_hh, dtype=float)
    H = W_hh.shape[1]
    for session in items:
        for item in session:
            if not (isinstance(item, int) and 0 <= item < len(E)):
                raise ValueError('item id out of range')
    hT = []
    for session in items:
        h = np.zeros(H)
        for item in session:
            gi = W_ih @ E[item] + b_ih
            gh = W_hh @ h + b_hh
            r = sigmoid(gi[:H] + gh[:H])
            z = sigmoid(gi[H:2 * H] + gh[H:2 * H])
            n = np.tanh(gi[2 * H:] + r * gh[2 * H:])
            h = (1 - z) * n + z * h
        hT.append(h)
    hT = np.array(hT)
    scores = hT @ np.asarray(W_out, dtype=float).T + np.asarray(b_out, dtype=float)
    top_k = [np.argsort(-s, kind='stable')[:k] for s in scores]  # equal scores: lower index first
    return {"hT": hT, "scores": scores, "topK": top_k}
