def batched_eval(batch_logits: list[list[list[float]]], batch_labels: list[list[int]]) -> list[float]:
    """[mean of the per-batch mean cross-entropies, per-sample mean cross-entropy, accuracy]."""
    # TODO
    return [0.0, 0.0, 0.0]
