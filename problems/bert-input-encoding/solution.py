def encode_batch(ids, max_len, cls_id, sep_id, pad_id):
    if not isinstance(max_len, int) or max_len < 2:
        raise ValueError("max_len must be an integer >= 2")
    if any(not isinstance(t, int) or t < 0 for t in [cls_id, sep_id, pad_id] + [t for row in ids for t in row]):
        raise ValueError("token ids must be integers >= 0")
    rows = [[cls_id] + list(row[: max_len - 2]) + [sep_id] for row in ids]
    width = max((len(r) for r in rows), default=0)  # padding=True: the longest row of the batch
    return {
        "inputIds": [r + [pad_id] * (width - len(r)) for r in rows],
        "attentionMask": [[1] * len(r) + [0] * (width - len(r)) for r in rows],
        "tokenTypeIds": [[0] * width for _ in rows],
    }
