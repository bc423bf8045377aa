def _fnv1a(text):
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def ab_assign(user_ids, traffic_split):
    if not (0 <= traffic_split <= 1):
        raise ValueError("traffic_split must be in [0, 1]")
    if any(not isinstance(i, int) or abs(i) > 2**53 - 1 for i in user_ids):
        raise ValueError("user ids must be safe integers")
    bucket = [_fnv1a(str(i)) % 100 for i in user_ids]
    return {"bucket": bucket, "group": [0 if b / 100 < traffic_split else 1 for b in bucket]}
