import numpy as np


def batched_eval(batch_logits, batch_labels):
    if not batch_logits:
        raise ValueError("need at least one batch")
    if len(batch_labels) != len(batch_logits):
        raise ValueError("one label list per batch")
    k = len(batch_logits[0][0]) if batch_logits[0] else 0
    if k == 0:
        raise ValueError("logit rows need K >= 1 entries")
    batch_means, losses, hits = [], [], 0
    for logits, labels in zip(batch_logits, batch_labels):
        if not logits or len(labels) != len(logits):
            raise ValueError("batches must be non-empty with one label per row")
        if any(len(row) != k for row in logits):
            raise ValueError("every logit row needs K entries")
        if any(not isinstance(y, int) or not 0 <= y < k for y in labels):
            raise ValueError("labels must be integers in [0, K)")
        z = np.array(logits, dtype=float)
        if not np.all(np.isfinite(z)):
            raise ValueError("logits must be finite")
        y = np.array(labels)
        m = z.max(axis=1)
        ce = m + np.log(np.exp(z - m[:, None]).sum(axis=1)) - z[np.arange(len(y)), y]
        batch_means.append(float(ce.mean()))
        losses.append(ce)
        hits += int(np.sum(z.argmax(axis=1) == y))  # np.argmax returns the first of tied maxima
    all_losses = np.concatenate(losses)
    return [float(np.mean(batch_means)), float(all_losses.mean()), hits / len(all_losses)]
